// Overwritten values of same-field edits (contract §3.5), kept for coordinators.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ConflictsTable, DB } from '../db/schema.ts';
import type { ConflictRecord, LostEdit } from '../../shared/schemas/sync.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertConflict(
  db: Db,
  c: {
    table: string;
    rowId: string;
    field: string;
    keptValue: unknown;
    overwrittenValue: unknown;
    winnerUserId: string;
    winnerClientId: string | null;
    loserUserId: string | null;
    loserClientId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('conflicts')
    .values({
      table_name: c.table,
      row_id: c.rowId,
      field: c.field,
      kept_value: JSON.stringify(c.keptValue ?? null),
      overwritten_value: JSON.stringify(c.overwrittenValue ?? null),
      winner_user_id: c.winnerUserId,
      winner_client_id: c.winnerClientId,
      loser_user_id: c.loserUserId,
      loser_client_id: c.loserClientId,
    })
    .execute();
}

function toRecord(r: Selectable<ConflictsTable>): ConflictRecord {
  return {
    id: r.id,
    table: r.table_name,
    rowId: r.row_id,
    field: r.field,
    keptValue: r.kept_value,
    overwrittenValue: r.overwritten_value,
    winnerUserId: r.winner_user_id,
    loserUserId: r.loser_user_id,
    winnerClientId: r.winner_client_id,
    loserClientId: r.loser_client_id,
    createdAt: r.created_at.toISOString(),
    resolvedAt: r.resolved_at?.toISOString() ?? null,
    resolvedBy: r.resolved_by,
  };
}

/** Newest first; `before` is the last id of the previous page. */
export async function listConflicts(
  db: Db,
  q: { resolved?: boolean; table?: string; rowId?: string; before?: number | null; limit: number },
): Promise<ConflictRecord[]> {
  const rows = await db
    .selectFrom('conflicts')
    .selectAll()
    .$if(q.resolved !== undefined, (b) => b.where('resolved_at', q.resolved ? 'is not' : 'is', null))
    .$if(q.table !== undefined, (b) => b.where('table_name', '=', q.table ?? ''))
    .$if(q.rowId !== undefined, (b) => b.where('row_id', '=', q.rowId ?? ''))
    .$if(q.before != null, (b) => b.where('id', '<', q.before ?? 0))
    .orderBy('id', 'desc')
    .limit(q.limit)
    .execute();
  return rows.map(toRecord);
}

export async function resolveConflict(db: Db, id: number, userId: string): Promise<boolean> {
  const res = await db
    .updateTable('conflicts')
    .set({ resolved_at: sql`now()`, resolved_by: userId })
    .where('id', '=', id)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** A user's edits that lost to a later edit and are not settled yet, newest first (for their device). */
export async function listOpenLostBy(db: Db, userId: string, limit: number): Promise<LostEdit[]> {
  const rows = await db
    .selectFrom('conflicts')
    .select(['id', 'table_name', 'row_id', 'field', 'kept_value', 'overwritten_value', 'created_at'])
    .where('loser_user_id', '=', userId)
    .where('resolved_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    table: r.table_name,
    rowId: r.row_id,
    field: r.field,
    keptValue: r.kept_value,
    overwrittenValue: r.overwritten_value,
    createdAt: r.created_at.toISOString(),
  }));
}
