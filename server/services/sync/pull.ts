// sync.pull: the changes a device has not seen, in commit-safe order (see readChanges for the no-skip
// rule), filtered to what this user's device may hold.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { roleRank, type SessionUser } from '../../../shared/schemas/auth.ts';
import {
  LOST_EDITS_MAX,
  type PullInput,
  type PullOutput,
  type SyncChange,
} from '../../../shared/schemas/sync.ts';
import { reject } from '../../../shared/mutators/reject.ts';
import * as changeLog from '../../repositories/change-log.repository.ts';
import * as conflicts from '../../repositories/conflicts.repository.ts';
import * as syncRepo from '../../repositories/sync.repository.ts';
import * as pullScopes from '../../repositories/pull-scopes.repository.ts';
import { decodeCursor, encodeCursor, laterPosition, scopeKey } from './cursor.ts';
import { isSyncTable, toDomainRow } from './rows.ts';
import { zoneChangePage } from './zone-change.ts';

export interface PullLimits {
  /** Entries read per page (acknowledgements included). */
  pageSize: number;
  /** A page stops once its rows pass this many stored bytes (always at least one row). */
  maxBytes: number;
}
const defaultPullLimits: PullLimits = { pageSize: 1000, maxBytes: 1_000_000 };

export async function pullChanges(
  db: Kysely<DB>,
  user: SessionUser,
  input: PullInput,
  limits: PullLimits = defaultPullLimits,
): Promise<PullOutput> {
  const owner = await syncRepo.findClientOwner(db, input.clientId);
  if (owner !== undefined && owner !== user.id) {
    throw reject('FORBIDDEN', 'Cet appareil est enregistré au nom d’un autre utilisateur.');
  }
  const everything = roleRank[user.role] >= roleRank.coordinator;
  const zones = everything ? [] : await syncRepo.userZoneIds(db, user.id);
  // A restore renews the epoch: every device then starts over (docs/sync.md).
  const epoch = await syncRepo.readEpoch(db);
  const scope = scopeKey(`${epoch.token}\n${user.id}`, everything, zones);
  const cursor = decodeCursor(input.cursor);
  // A technician's zones changed (or a change is being sent): only the difference, when the server
  // knows what this device was served (zone-change.ts).
  if (!everything && cursor && (cursor.scope !== scope || cursor.delta)) {
    const page = await zoneChangePage(db, {
      clientId: input.clientId,
      userId: user.id,
      cursor,
      scope,
      zones,
      epoch,
      limits,
    });
    if (page) return page;
  }
  // First pull, a restore, a role change, a cursor from another user or version, or a zone change the
  // server cannot send as a difference: rows the device holds may no longer be its to hold, and rows
  // it now may hold were skipped earlier. Start over.
  const reset = cursor === null || cursor.scope !== scope || cursor.delta !== undefined;
  const start = reset ? null : cursor.position;
  let lastMutationId = reset ? 0 : cursor.lastMutationId;

  const audience = everything
    ? { all: true as const, clientId: input.clientId }
    : { all: false as const, clientId: input.clientId, userId: user.id, zones };
  const page = await changeLog.readChanges(db, {
    after: start,
    audience,
    limit: limits.pageSize,
    restoredMaxId: epoch.restoredMaxId,
  });

  const changes: SyncChange[] = [];
  let position = start;
  let bytes = 0;
  let cut = false;
  for (const entry of page.entries) {
    if (changes.length > 0 && bytes >= limits.maxBytes) {
      cut = true;
      break;
    }
    position = { txid: entry.txid, id: entry.id };
    if (entry.table === 'sync_clients') {
      lastMutationId = Math.max(lastMutationId, ackOf(entry.row));
      continue;
    }
    // A table this server version does not sync (added by a later migration) is not sent.
    if (!isSyncTable(entry.table)) continue;
    bytes += entry.bytes;
    changes.push(toChange(entry.table, entry));
  }
  const more = cut || page.entries.length === limits.pageSize;
  // A short page read everything visible below the horizon: the next pull may start at the horizon,
  // so entries this user cannot see are not scanned again.
  const horizonStart = { txid: page.horizon, id: 0 };
  // Remember what this device follows, so a later zone change can be sent as a difference.
  if (!everything)
    await pullScopes.savePullScope(db, input.clientId, {
      userId: user.id,
      epoch: epoch.token,
      scope,
      zoneIds: zones,
    });
  const next = more ? position : position ? laterPosition(position, horizonStart) : horizonStart;
  return {
    cursor: encodeCursor({ position: next ?? horizonStart, lastMutationId, scope }),
    changes,
    lastMutationId,
    more,
    reset,
    // Once per complete pull: the technician learns on the device that a later edit replaced theirs.
    ...(more ? {} : { lostEdits: await conflicts.listOpenLostBy(db, user.id, LOST_EDITS_MAX) }),
  };
}

function ackOf(row: Record<string, unknown> | null): number {
  const v = row?.lastMutationId;
  return typeof v === 'number' ? v : 0;
}

function toChange<T extends SyncChange['table']>(table: T, entry: changeLog.LogEntry): SyncChange {
  // TypeScript cannot tie a generic `table` to its row type inside the union; toDomainRow(table) does,
  // and the procedure's output schema checks every change again.
  if (entry.op === 'del' || entry.row === null) return { table, op: 'del', id: entry.rowId };
  return { table, op: 'put', id: entry.rowId, row: toDomainRow(table, entry.row) } as SyncChange;
}
