// The network inventory as the console edits it: relays, sectors, fibre points, buildings, working
// zones. Every change is versioned in the audit log (who, when, before, after).
import { z } from 'zod';
import { elementKey, position, shortName } from './common.ts';
import { text } from './text.ts';
import { polygonGeometry } from './network.ts';
import { fibrePointRow } from './fibre-points.ts';
import { sectorRow, siteRow, siteStatus } from './sync.ts';
import { buildingState } from './eligibility.ts';

const notes = text().trim().max(2000).nullable();

export const saveSiteInput = z.object({
  id: elementKey,
  name: shortName,
  position,
  accessNotes: notes,
  power: text().trim().max(200).nullable(),
  notes,
  status: siteStatus.default('active'),
});
export type SaveSiteInput = z.infer<typeof saveSiteInput>;

export const saveSectorInput = z.object({
  id: elementKey,
  siteId: elementKey,
  name: shortName.nullable(),
  azimuthDeg: z.number().min(0).lt(360),
  beamwidthDeg: z.number().gt(0).max(360),
  rangeM: z.number().gt(0).max(100_000),
  full: z.boolean(),
  frequencyMHz: z.number().min(100).max(100_000).nullable(),
  deviceModel: text().trim().max(100).nullable().default(null),
  planned: z.boolean().default(false),
});
export type SaveSectorInput = z.infer<typeof saveSectorInput>;

/**
 * A building (IMB) as an admin corrects it between two IPE imports: its deployment state, whose
 * network serves it, its address and its PM. The next import of the operator's file may set them again.
 */
export const saveBuildingInput = z.object({
  id: elementKey,
  state: buildingState,
  network: z.enum(['own', 'wholesale']),
  address: text().trim().max(300).nullable(),
  pmId: elementKey.nullable(),
});
export type SaveBuildingInput = z.infer<typeof saveBuildingInput>;

export const saveZoneInput = z.object({
  id: elementKey,
  name: shortName,
  geometry: polygonGeometry.nullable(),
});
export type SaveZoneInput = z.infer<typeof saveZoneInput>;

export const deleteInput = z.object({ id: elementKey });

/** Put a row in a zone by hand (zoneId), or give it back to its position (zoneId: null, manual: false). */
export const setMembershipInput = z.object({
  table: z.enum(['sites', 'buildings', 'fibre_points']),
  id: text().min(1).max(64),
  zoneId: elementKey.nullable(),
  manual: z.boolean(),
});
export type SetMembershipInput = z.infer<typeof setMembershipInput>;

const zoneSummary = z.object({
  id: z.string(),
  name: z.string(),
  geometry: polygonGeometry.nullable(),
  sites: z.number(),
  buildings: z.number(),
  fibrePoints: z.number(),
  users: z.number(),
});
export type ZoneSummary = z.infer<typeof zoneSummary>;

export const inventory = z.object({
  sites: z.array(siteRow.extend({ zoneManual: z.boolean() })),
  sectors: z.array(sectorRow),
  fibrePoints: z.array(fibrePointRow),
  zones: z.array(zoneSummary),
});
export type Inventory = z.infer<typeof inventory>;

export const auditListInput = z.object({
  actorId: z.uuid().optional(),
  action: text().max(100).optional(),
  targetTable: text().max(64).optional(),
  targetId: text().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Entries older than this id (keyset: newest first). */
  before: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type AuditListInput = z.infer<typeof auditListInput>;

/** The CSV export's query string: the viewer's filters, every page. */
export const auditExportQuery = auditListInput.omit({ before: true, limit: true });
export type AuditExportQuery = z.infer<typeof auditExportQuery>;

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetTable: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;
