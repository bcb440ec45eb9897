// The device's database (one per user of the device, so a shared phone never mixes two technicians'
// outboxes). Three kinds of tables:
//   - server rows, written only by pulls: reference data and the base `interventions`/`installations`;
//   - optimistic rows (`localInterventions`, `localInstallations`): what pending mutations make of the
//     base rows, recomputed by rebase.ts; the UI reads these first;
//   - the device's own state: `outbox` (queued mutations), `sent` (an archive of applied ones, for gap
//     recovery), `photos`, `meta`, `pullSeen` (ids received during a reset stream).
// docs/sync.md ("Client") tells the whole story.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Installation } from '../../shared/schemas/installations.ts';
import type { Intervention } from '../../shared/schemas/interventions.ts';
import type { SyncedRows, SyncTable } from '../../shared/schemas/sync.ts';
import type { WritableTable } from '../../shared/mutators/types.ts';

type OutboxStatus = 'pending' | 'rejected';

export interface OutboxEntry {
  /** The per-device mutation number (1, 2, 3… in the order made): the server's exactly-once key. */
  id: number;
  name: string;
  /** As queued (before normalisation): the server parses them again. */
  args: unknown;
  /** The mutation set version this entry was written for: it is pushed with it, even after an app update. */
  schemaVersion: number;
  /** Device clock: shown to people, never used to order. */
  createdAt: string;
  status: OutboxStatus;
  /** The record the mutation is about (every mutator's args carry an `id`). */
  table: WritableTable | null;
  rowId: string | null;
  code?: string;
  message?: string;
  rejectedAt?: string;
}

/** An applied mutation, kept a while: if the server loses it (restored backup), it is sent again. */
export interface SentEntry {
  id: number;
  name: string;
  args: unknown;
  schemaVersion: number;
  createdAt: string;
  table: WritableTable | null;
  rowId: string | null;
  sentAt: string;
  /**
   * Answered `duplicate`: an earlier push was processed but its answer never arrived, so whether it was
   * applied or rejected is unknown until a pull shows its effect (settle.ts).
   */
  unconfirmed?: boolean;
}

/**
 * A photo still to upload. Written once and never updated: in Chromium every put of a record holding a
 * Blob stores another copy of the blob, so upload progress lives apart (`photoProgress`). Deleted
 * (blob freed) as soon as the server holds the whole photo.
 */
export interface PhotoRecord {
  sha256: string;
  blob: Blob;
  mime: string;
  size: number;
  state: 'pending';
  createdAt: string;
}

/** How far a queued photo's upload went, and why the server refused it last time (it is tried again). */
export interface PhotoProgress {
  sha256: string;
  uploadedBytes: number;
  lastError?: string;
}

/**
 * An outbox entry of another device of this user, read from that device's backup file. It is pushed
 * under that device's clientId and number, so the server answers `duplicate` for whatever the other
 * device had already sent: exactly once, whichever device gets there first. This device never gives
 * out numbers under another clientId.
 */
export interface ImportedEntry extends OutboxEntry {
  clientId: string;
}

/** An edit of this user that a later edit from another device replaced (as the server reported it). */
export interface DeviceConflict {
  /** The server's conflict id. */
  id: number;
  table: string;
  rowId: string;
  field: string;
  keptValue: unknown;
  overwrittenValue: unknown;
  createdAt: string;
  /** The technician closed the notice on this device. */
  seenAt?: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface PullSeen {
  seq?: number;
  table: SyncTable;
  ids: string[];
}

export { recordTables, referenceTables } from '../../shared/schemas/sync.ts';
const localTableOf = {
  interventions: 'localInterventions',
  installations: 'localInstallations',
} as const satisfies Record<WritableTable, string>;

// Version 1: the first shape (outbox entries without schemaVersion or row link, no sent archive).
export const schemaV1 = {
  sites: 'id, zoneId',
  sectors: 'id, siteId',
  buildings: 'id, zoneId',
  fibre_zones: 'id',
  fibre_nodes: 'id, zoneId, buildingId',
  zones: 'id',
  interventions: 'id, startedAt',
  installations: 'id, ontSerial',
  localInterventions: 'id, startedAt',
  localInstallations: 'id, ontSerial',
  outbox: 'id, status',
  photos: 'sha256, state',
  meta: 'key',
};

// Version 2: outbox entries carry their schemaVersion and the record they touch (indexed, for the
// list's badges); the sent archive and the reset bookkeeping appear.
export const schemaV2 = {
  ...schemaV1,
  outbox: 'id, status, rowId',
  sent: 'id, sentAt',
  pullSeen: '++seq',
};

/** The record a mutation is about: every mutator's args carry the record's `id`. */
export function rowLink(name: string, args: unknown): { table: WritableTable | null; rowId: string | null } {
  const table = name.startsWith('intervention.')
    ? 'interventions'
    : name.startsWith('installation.')
      ? 'installations'
      : null;
  const rowId =
    args && typeof args === 'object' && 'id' in args && typeof args.id === 'string' ? args.id : null;
  return { table, rowId };
}

/** What version 2 derives for an entry written by version 1. */
function upgradeOutboxEntryV1(entry: Record<string, unknown>): void {
  entry.schemaVersion ??= 1;
  const link = rowLink(typeof entry.name === 'string' ? entry.name : '', entry.args);
  entry.table ??= link.table;
  entry.rowId ??= link.rowId;
}

// Version 3: photo upload progress apart from the photo (no blob rewrite per chunk); uploaded photos
// are no longer kept; entries imported from another device's backup; conflicts this user lost; fibre
// points (PM, PBO) arrive from the server like relays.
const schemaV3 = {
  ...schemaV2,
  fibre_points: 'id, zoneId, kind, pmId',
  photoProgress: 'sha256',
  imported: '[clientId+id], status, rowId',
  conflicts: 'id',
};

// Version 4: the installation jobs planned for this technician (read-only, like reference data).
const schemaV4 = {
  ...schemaV3,
  installation_jobs: 'id, scheduledFor',
};

export class TerrainDb extends Dexie {
  sites!: EntityTable<SyncedRows['sites'], 'id'>;
  sectors!: EntityTable<SyncedRows['sectors'], 'id'>;
  buildings!: EntityTable<SyncedRows['buildings'], 'id'>;
  fibre_zones!: EntityTable<SyncedRows['fibre_zones'], 'id'>;
  fibre_nodes!: EntityTable<SyncedRows['fibre_nodes'], 'id'>;
  fibre_points!: EntityTable<SyncedRows['fibre_points'], 'id'>;
  zones!: EntityTable<SyncedRows['zones'], 'id'>;
  installation_jobs!: EntityTable<SyncedRows['installation_jobs'], 'id'>;
  interventions!: EntityTable<Intervention, 'id'>;
  installations!: EntityTable<Installation, 'id'>;
  localInterventions!: EntityTable<Intervention, 'id'>;
  localInstallations!: EntityTable<Installation, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  sent!: EntityTable<SentEntry, 'id'>;
  photos!: EntityTable<PhotoRecord, 'sha256'>;
  meta!: EntityTable<MetaRow, 'key'>;
  pullSeen!: EntityTable<PullSeen, 'seq'>;
  photoProgress!: EntityTable<PhotoProgress, 'sha256'>;
  imported!: Table<ImportedEntry, [string, number]>;
  conflicts!: EntityTable<DeviceConflict, 'id'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(schemaV1);
    this.version(2)
      .stores(schemaV2)
      .upgrade((tx) =>
        tx
          .table('outbox')
          .toCollection()
          .modify((entry: Record<string, unknown>) => upgradeOutboxEntryV1(entry)),
      );
    this.version(3)
      .stores(schemaV3)
      // The server holds uploaded photos: their blobs only took room on the phone.
      .upgrade((tx) => tx.table('photos').where('state').equals('uploaded').delete());
    this.version(4).stores(schemaV4);
  }

  /** The server table of a synced table name (wire names are the table names). */
  serverTable<T extends SyncTable>(table: T): Table<SyncedRows[T], string> {
    return this.table(table);
  }

  localTable<T extends WritableTable>(table: T): Table<SyncedRows[T], string> {
    return this.table(localTableOf[table]);
  }

  /** Every table: sync transactions (mutate, pull pages, push results) span the whole store. */
  get allTables(): Table[] {
    return this.tables;
  }
}

export function deviceDbName(userId: string): string {
  return `terrain-device-${userId}`;
}
