// A technician's zones changed (contract §3.4): instead of starting the device over, send what it
// adds (every row of an added zone, as of the device's log position) and what it removes (dels for
// rows of a dropped zone that are not the user's own), then go on streaming from the same position
// under the new zones. Zones kept are not sent again.
//
// Why this is exact: as of position P the device holds, for each row, its latest entry ≤ P when that
// entry is visible to the old zones. The new audience's holdings as of P differ only by rows whose
// latest entry ≤ P is in an added zone (missing) or a removed zone (extra). After P, the normal stream
// under the new audience brings every later change, including rows moving out of a dropped zone.
//
// Anything that does not fit — no record of what the device was served, another epoch (a restore),
// the zones changing again in the middle — answers null and the pull starts over as before.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PullOutput, SyncChange } from '../../../shared/schemas/sync.ts';
import * as scopes from '../../repositories/pull-scopes.repository.ts';
import type { LogEntry } from '../../repositories/change-log.repository.ts';
import { encodeCursor, type Cursor } from './cursor.ts';
import { isSyncTable, toDomainRow } from './rows.ts';

export interface ZoneChangeQuery {
  clientId: string;
  userId: string;
  cursor: Cursor;
  /** The scope and zones the device must follow now. */
  scope: string;
  zones: string[];
  epoch: { token: string; restoredMaxId: number | null };
  limits: { pageSize: number; maxBytes: number };
}

export async function zoneChangePage(db: Kysely<DB>, q: ZoneChangeQuery): Promise<PullOutput | null> {
  const { cursor } = q;
  const served = await scopes.findPullScope(db, q.clientId);
  if (!served || served.userId !== q.userId || served.epoch !== q.epoch.token) return null;
  // The stored zones must be the ones the cursor was made for, and a change in progress must still
  // lead where the zones are now.
  if (served.scope !== cursor.scope) return null;
  if (cursor.delta && cursor.delta.target !== q.scope) return null;

  const before = new Set(served.zoneIds);
  const now = new Set(q.zones);
  const entries = await scopes.readZoneDelta(db, {
    upTo: cursor.position,
    restoredMaxId: q.epoch.restoredMaxId,
    added: q.zones.filter((z) => !before.has(z)),
    removed: served.zoneIds.filter((z) => !now.has(z)),
    userId: q.userId,
    after: cursor.delta?.after ?? 0,
    limit: q.limits.pageSize,
  });

  const changes: SyncChange[] = [];
  let bytes = 0;
  let last = cursor.delta?.after ?? 0;
  let cut = entries.length === q.limits.pageSize;
  for (const entry of entries) {
    if (changes.length > 0 && bytes >= q.limits.maxBytes) {
      cut = true;
      break;
    }
    last = entry.id;
    if (!isSyncTable(entry.table)) continue;
    bytes += entry.bytes;
    changes.push(toChange(entry.table, entry));
  }
  let next: Cursor;
  if (cut) {
    next = { ...cursor, delta: { target: q.scope, after: last } };
  } else {
    // Done: the device now holds what the new zones hold as of its position; the stream goes on.
    await scopes.savePullScope(db, q.clientId, {
      userId: q.userId,
      epoch: q.epoch.token,
      scope: q.scope,
      zoneIds: [...q.zones].sort(),
    });
    next = { position: cursor.position, lastMutationId: cursor.lastMutationId, scope: q.scope };
  }
  return {
    cursor: encodeCursor(next),
    changes,
    lastMutationId: cursor.lastMutationId,
    // Always more: after the difference, the log after the device's position.
    more: true,
    reset: false,
  };
}

function toChange<T extends SyncChange['table']>(table: T, entry: LogEntry): SyncChange {
  if (entry.op === 'del' || entry.row === null) return { table, op: 'del', id: entry.rowId };
  return { table, op: 'put', id: entry.rowId, row: toDomainRow(table, entry.row) } as SyncChange;
}
