// The sync protocol's wire types (contract §3) and the rows a device holds. docs/sync.md explains them.
import { z } from 'zod';
import { position } from './common.ts';
import { intervention, type Intervention } from './interventions.ts';
import { installation, type Installation } from './installations.ts';
import { fibrePointRow, type FibrePoint } from './fibre-points.ts';
import { installationJob, type InstallationJob } from './jobs.ts';

/** A batch is bounded so one request stays small on a rural uplink and one transaction stays short. */
const PUSH_MAX_MUTATIONS = 500;

const pushedMutation = z.object({
  id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  name: z.string().min(1).max(100),
  args: z.unknown(),
  /** The device clock when the mutation was made: shown to people, never used to order anything. */
  createdAt: z.string().max(64).optional(),
});
export type PushedMutation = z.infer<typeof pushedMutation>;

export const pushInput = z.object({
  clientId: z.uuid(),
  schemaVersion: z.number().int().min(0),
  appVersion: z.string().max(50).default(''),
  mutations: z
    .array(pushedMutation)
    .max(PUSH_MAX_MUTATIONS)
    .refine((ms) => new Set(ms.map((m) => m.id)).size === ms.length, 'Identifiants de mutation en double.'),
});
export type PushInput = z.infer<typeof pushInput>;

export const warning = z.object({ code: z.string(), message: z.string() });
export type Warning = z.infer<typeof warning>;

const mutationResult = z.object({
  id: z.number(),
  status: z.enum(['applied', 'rejected', 'duplicate']),
  /** rejected: the catalogue code; applied: the first warning's code, if any. */
  code: z.string().optional(),
  message: z.string().optional(),
  warnings: z.array(warning).optional(),
  /**
   * duplicate only: the mutation was processed before and REJECTED then (code and message repeat the
   * rejection). Lets a device whose first answer was lost show the rejection instead of guessing.
   */
  originalStatus: z.literal('rejected').optional(),
});
export type MutationResult = z.infer<typeof mutationResult>;

export const pushOutput = z.object({ lastMutationId: z.number(), results: z.array(mutationResult) });
export type PushOutput = z.infer<typeof pushOutput>;

export const pullInput = z.object({ clientId: z.uuid(), cursor: z.string().max(500).nullable() });
export type PullInput = z.infer<typeof pullInput>;

// Reference data a technician's device holds (their zones), in domain form.
const nullableText = z.string().nullable();
const nullableNumber = z.number().nullable();
/** Only active relays serve eligibility; planned and decommissioned ones stay on the map. */
export const siteStatuses = ['active', 'planned', 'decommissioned'] as const;
export const siteStatus = z.enum(siteStatuses);
export type SiteStatus = z.infer<typeof siteStatus>;

export const siteRow = z.object({
  id: z.string(),
  zoneId: nullableText,
  name: z.string(),
  position,
  support: nullableText,
  host: nullableText,
  accessNotes: nullableText,
  groundAltitudeM: nullableNumber,
  mastHeightM: nullableNumber,
  backhaul: nullableText,
  power: nullableText,
  notes: nullableText,
  // Change-log entries written before the column existed lack it: those relays were all in service.
  status: siteStatus.default('active'),
  updatedAt: z.string(),
});
export const sectorRow = z.object({
  id: z.string(),
  siteId: z.string(),
  name: nullableText,
  azimuthDeg: z.number(),
  beamwidthDeg: z.number(),
  rangeM: z.number(),
  full: z.boolean(),
  frequencyMHz: nullableNumber,
  channelWidthMHz: nullableNumber,
  tiltDeg: nullableNumber,
  gainDbi: nullableNumber,
  ssid: nullableText,
  stations: nullableNumber,
  deviceModel: nullableText,
  planned: z.boolean().default(false),
  updatedAt: z.string(),
});
const buildingRow = z.object({
  id: z.string(),
  zoneId: nullableText,
  state: z.enum(['deployed', 'signed', 'in_progress', 'targeted', 'abandoned']),
  network: z.enum(['own', 'wholesale']),
  operator: nullableText,
  buildingType: nullableText,
  position,
  address: nullableText,
  addressCode: nullableText,
  postcode: nullableText,
  inseeCode: nullableText,
  city: nullableText,
  pmRef: nullableText,
  pmState: nullableText,
  /** The PM serving it (a fibre point id); older servers do not send it. */
  pmId: nullableText.optional(),
  access: nullableText,
  source: z.string(),
  updatedAt: z.string(),
});
const fibreZoneRow = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['available', 'planned']),
  geometry: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
});
const fibreNodeRow = z.object({
  id: z.string(),
  zoneId: nullableText,
  kind: z.enum(['pm', 'pbo', 'pto']),
  reference: z.string(),
  buildingId: nullableText,
  position: position.nullable(),
  notes: nullableText,
  updatedAt: z.string(),
});
const zoneRow = z.object({ id: z.string(), name: z.string() });

export type Site = z.infer<typeof siteRow>;
export type Sector = z.infer<typeof sectorRow>;
export type Building = z.infer<typeof buildingRow>;
type FibreZone = z.infer<typeof fibreZoneRow>;
type FibreNode = z.infer<typeof fibreNodeRow>;
type Zone = z.infer<typeof zoneRow>;

/** Every table a device holds, by its wire name (the `table` of a change). */
export interface SyncedRows {
  sites: Site;
  sectors: Sector;
  buildings: Building;
  fibre_zones: FibreZone;
  fibre_nodes: FibreNode;
  fibre_points: FibrePoint;
  zones: Zone;
  interventions: Intervention;
  installations: Installation;
  installation_jobs: InstallationJob;
}
export type SyncTable = keyof SyncedRows;
/** Rows a device holds read-only: network data of its zones, and its technician's jobs. */
export const referenceTables = [
  'sites',
  'sectors',
  'buildings',
  'fibre_zones',
  'fibre_nodes',
  'fibre_points',
  'zones',
  // Not network data, but read-only on the device too: the visits planned for this technician.
  'installation_jobs',
] as const satisfies readonly SyncTable[];
/** Records technicians write through mutators. */
export const recordTables = ['interventions', 'installations'] as const satisfies readonly SyncTable[];
export const syncTables = [...referenceTables, ...recordTables] as const;

/** Each synced table's row schema: devices check pulled rows with it, the server reads rows back with it. */
export const syncedRowSchemas = {
  sites: siteRow,
  sectors: sectorRow,
  buildings: buildingRow,
  fibre_zones: fibreZoneRow,
  fibre_nodes: fibreNodeRow,
  fibre_points: fibrePointRow,
  zones: zoneRow,
  interventions: intervention,
  installations: installation,
  installation_jobs: installationJob,
} as const satisfies { [T in SyncTable]: z.ZodType<SyncedRows[T]> };

const change = <T extends SyncTable, R extends z.ZodType<SyncedRows[T]>>(table: T, row: R) =>
  z.object({ table: z.literal(table), op: z.enum(['put', 'del']), id: z.string(), row: row.optional() });

/** `put` carries the whole row (replace it); `del` only the id (drop it). */
const syncChange = z.discriminatedUnion('table', [
  change('sites', syncedRowSchemas.sites),
  change('sectors', syncedRowSchemas.sectors),
  change('buildings', syncedRowSchemas.buildings),
  change('fibre_zones', syncedRowSchemas.fibre_zones),
  change('fibre_nodes', syncedRowSchemas.fibre_nodes),
  change('fibre_points', syncedRowSchemas.fibre_points),
  change('zones', syncedRowSchemas.zones),
  change('interventions', syncedRowSchemas.interventions),
  change('installations', syncedRowSchemas.installations),
  change('installation_jobs', syncedRowSchemas.installation_jobs),
]);
export type SyncChange = z.infer<typeof syncChange>;

/** An edit of the pulling user that a later edit of the same field (from another device) replaced. */
const lostEdit = z.object({
  id: z.number(),
  table: z.string(),
  rowId: z.string(),
  field: z.string(),
  // Optional in the type only: JSON carries `null` for an empty value, and tRPC types unknowns so.
  keptValue: z.unknown().optional(),
  overwrittenValue: z.unknown().optional(),
  createdAt: z.string(),
});
export type LostEdit = z.infer<typeof lostEdit>;
/** How many of them one pull carries (newest first): a notice, not an archive. */
export const LOST_EDITS_MAX = 50;

export const pullOutput = z.object({
  cursor: z.string(),
  changes: z.array(syncChange),
  lastMutationId: z.number(),
  more: z.boolean(),
  /** true: drop every pulled row before applying these changes (first pull, or the user's zones changed). */
  reset: z.boolean(),
  /**
   * Last page only (`more: false`): this user's edits that a later edit from another device replaced,
   * and that no coordinator has settled yet — the whole current list, so the device shows it as is.
   */
  lostEdits: z.array(lostEdit).max(LOST_EDITS_MAX).optional(),
});
export type PullOutput = z.infer<typeof pullOutput>;

// What coordinators review: refused mutations and overwritten values.
const page = z.object({
  cursor: z.number().int().min(0).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const listRejectionsInput = page.extend({ resolved: z.boolean().optional() });
export const rejectionRecord = z.object({
  id: z.number(),
  clientId: z.string(),
  mutationId: z.number(),
  userId: nullableText,
  userName: nullableText,
  name: z.string(),
  args: z.unknown(),
  code: z.string(),
  message: z.string(),
  createdAt: z.string(),
  resolvedAt: nullableText,
});
export type RejectionRecord = z.infer<typeof rejectionRecord>;

export const listConflictsInput = page.extend({
  resolved: z.boolean().optional(),
  table: z.string().max(64).optional(),
  rowId: z.string().max(64).optional(),
});
export const conflictRecord = z.object({
  id: z.number(),
  table: z.string(),
  rowId: z.string(),
  field: z.string(),
  keptValue: z.unknown(),
  overwrittenValue: z.unknown(),
  winnerUserId: nullableText,
  loserUserId: nullableText,
  winnerClientId: nullableText,
  loserClientId: nullableText,
  createdAt: z.string(),
  resolvedAt: nullableText,
  resolvedBy: nullableText,
});
export type ConflictRecord = z.infer<typeof conflictRecord>;
export const resolveInput = z.object({ id: z.number().int().min(1) });
