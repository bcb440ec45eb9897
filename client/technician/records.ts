// What the technician's lists show, from the device's tables: server rows, optimistic rows on top,
// and the outbox saying what is still to send or was refused. Pure, so it is unit-tested.
import { createInstallationArgs, type Installation } from '../../shared/schemas/installations.ts';
import { createInterventionArgs, type Intervention } from '../../shared/schemas/interventions.ts';
import type { OutboxEntry, PhotoRecord } from '../sync/db.ts';

/**
 * pending: not yet accepted by the server (in the outbox, or sent but not yet seen back by a pull);
 * submitted / approved / changes_requested: the server's review status;
 * rejected: the server refused a mutation about this record — the technician must fix or discard it.
 */
export type RecordState = 'pending' | 'submitted' | 'approved' | 'changes_requested' | 'rejected';

export interface Rejection {
  entryId: number;
  name: string;
  code: string;
  message: string;
  args: unknown;
}

export interface ListItem<Row> {
  row: Row;
  state: RecordState;
  rejection: Rejection | null;
  /** Photos of this record still on the device only. */
  photosWaiting: number;
}

interface Layers<Row> {
  server: Row[];
  local: Row[];
  outbox: OutboxEntry[];
  photos?: Pick<PhotoRecord, 'sha256' | 'state'>[];
}

function rejectionOf(entry: OutboxEntry): Rejection {
  return {
    entryId: entry.id,
    name: entry.name,
    code: entry.code ?? '',
    message: entry.message ?? '',
    args: entry.args,
  };
}

function merge<Row extends { id: string }>(
  layers: Layers<Row>,
  fromRejectedCreate: (args: unknown, entry: OutboxEntry) => Row | null,
  reviewState: (row: Row) => RecordState,
  photosOf: (row: Row) => string[],
): ListItem<Row>[] {
  const serverIds = new Set(layers.server.map((r) => r.id));
  const rows = new Map<string, Row>();
  for (const r of layers.server) rows.set(r.id, r);
  for (const r of layers.local) rows.set(r.id, r);
  const pending = new Set<string>();
  const rejected = new Map<string, OutboxEntry>();
  for (const entry of layers.outbox) {
    if (!entry.rowId) continue;
    if (entry.status === 'pending') pending.add(entry.rowId);
    else if (!rejected.has(entry.rowId)) rejected.set(entry.rowId, entry);
  }
  // A refused create has no row any more (it was rolled back): the list shows it from its args.
  for (const [rowId, entry] of rejected) {
    if (rows.has(rowId)) continue;
    const row = fromRejectedCreate(entry.args, entry);
    if (row) rows.set(rowId, row);
  }
  const waiting = new Set((layers.photos ?? []).filter((p) => p.state === 'pending').map((p) => p.sha256));
  return [...rows.values()].map((row) => {
    const entry = rejected.get(row.id);
    const state: RecordState = entry
      ? 'rejected'
      : pending.has(row.id) || !serverIds.has(row.id)
        ? 'pending'
        : reviewState(row);
    return {
      row,
      state,
      rejection: entry ? rejectionOf(entry) : null,
      photosWaiting: photosOf(row).filter((p) => waiting.has(p)).length,
    };
  });
}

/** A row to show for a refused intervention.create, from its (normalised) args. */
function interventionFromArgs(
  args: unknown,
  entry: Pick<OutboxEntry, 'createdAt'>,
  technicianId: string,
): Intervention | null {
  const parsed = createInterventionArgs.safeParse(args);
  if (!parsed.success) return null;
  const a = parsed.data;
  return {
    id: a.id,
    kind: a.kind,
    status: 'submitted',
    summary: a.summary,
    notes: a.notes ?? null,
    startedAt: a.startedAt,
    endedAt: a.endedAt ?? null,
    siteId: a.siteId ?? null,
    sectorId: a.sectorId ?? null,
    buildingId: a.buildingId ?? null,
    fibreNodeId: a.fibreNodeId ?? null,
    zoneId: null,
    position: a.position ?? null,
    measurements: a.measurements ?? null,
    photos: a.photos ?? [],
    technicianId,
    reviewComment: null,
    reviewedBy: null,
    reviewedAt: null,
    version: 0,
    updatedBy: technicianId,
    createdAt: entry.createdAt,
    updatedAt: entry.createdAt,
  };
}

function installationFromArgs(
  args: unknown,
  entry: Pick<OutboxEntry, 'createdAt'>,
  technicianId: string,
): Installation | null {
  // A refused serial may be malformed: show what was typed rather than nothing.
  const raw = args as { ontSerial?: unknown } | null;
  const parsed = createInstallationArgs.safeParse({ ...(raw ?? {}), ontSerial: null });
  if (!parsed.success) return null;
  const a = parsed.data;
  return {
    id: a.id,
    technology: a.technology,
    status: 'active',
    ontSerial: typeof raw?.ontSerial === 'string' ? raw.ontSerial : null,
    cpeMac: a.cpeMac ?? null,
    ptoReference: a.ptoReference ?? null,
    buildingId: a.buildingId ?? null,
    sectorId: a.sectorId ?? null,
    zoneId: null,
    position: a.position ?? null,
    rxPowerDbm: a.rxPowerDbm ?? null,
    installedAt: a.installedAt,
    technicianId,
    createdAt: entry.createdAt,
    updatedAt: entry.createdAt,
  };
}

export function interventionItems(
  layers: Layers<Intervention>,
  technicianId: string,
): ListItem<Intervention>[] {
  const mine = (rows: Intervention[]) => rows.filter((r) => r.technicianId === technicianId);
  return merge(
    { ...layers, server: mine(layers.server), local: mine(layers.local) },
    (args, entry) => interventionFromArgs(args, entry, technicianId),
    (row) => row.status,
    (row) => row.photos,
  ).sort((a, b) => Date.parse(b.row.startedAt) - Date.parse(a.row.startedAt));
}

export function installationItems(
  layers: Layers<Installation>,
  technicianId: string,
): ListItem<Installation>[] {
  const mine = (rows: Installation[]) => rows.filter((r) => r.technicianId === technicianId);
  return merge(
    { ...layers, server: mine(layers.server), local: mine(layers.local) },
    (args, entry) => installationFromArgs(args, entry, technicianId),
    () => 'submitted',
    () => [],
  ).sort((a, b) => Date.parse(b.row.installedAt) - Date.parse(a.row.installedAt));
}
