// What each technician's device was last served (sync_pull_scopes), and the rows a zone change adds
// or removes as of a log position. docs/sync.md tells the story; server/services/sync/zone-change.ts
// uses both.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import type { LogEntry, LogPosition } from './change-log.repository.ts';

const zoneList = z.array(z.string());

export interface PullScope {
  userId: string;
  epoch: string;
  scope: string;
  zoneIds: string[];
}

export async function findPullScope(db: Kysely<DB>, clientId: string): Promise<PullScope | undefined> {
  const row = await db
    .selectFrom('sync_pull_scopes')
    .select(['user_id', 'epoch', 'scope', 'zone_ids'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  const zoneIds = zoneList.safeParse(row?.zone_ids);
  // A record that does not read back is no record: the device then starts over.
  if (!row || !zoneIds.success) return undefined;
  return { userId: row.user_id, epoch: row.epoch, scope: row.scope, zoneIds: zoneIds.data };
}

/** Records the scope a device now follows; writes only when it changed (one statement either way). */
export async function savePullScope(db: Kysely<DB>, clientId: string, s: PullScope): Promise<void> {
  const values = {
    client_id: clientId,
    user_id: s.userId,
    epoch: s.epoch,
    scope: s.scope,
    zone_ids: JSON.stringify(s.zoneIds),
  };
  await db
    .insertInto('sync_pull_scopes')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('client_id')
        .doUpdateSet({ ...values, updated_at: sql`now()` })
        .where(({ eb, ref }) =>
          eb.or([
            eb('sync_pull_scopes.scope', '<>', ref('excluded.scope')),
            eb('sync_pull_scopes.epoch', '<>', ref('excluded.epoch')),
          ]),
        ),
    )
    .execute();
}

/**
 * The rows a zone change moves in or out as of `upTo`: for every row, its latest log entry at or
 * before that position (in the pull's order: restored entries first, then by txid); kept when it is a
 * put in an added zone (sent as a put) or in a removed zone and not this user's own (sent as a del).
 * Ordered by that entry's id, `after` pages through them.
 */
export async function readZoneDelta(
  db: Kysely<DB>,
  q: {
    upTo: LogPosition;
    restoredMaxId: number | null;
    added: readonly string[];
    removed: readonly string[];
    userId: string;
    after: number;
    limit: number;
  },
): Promise<LogEntry[]> {
  const key = sql`case when c.id <= ${q.restoredMaxId}::bigint then '0'::xid8 else c.txid end`;
  const added = JSON.stringify(q.added);
  const removed = JSON.stringify(q.removed);
  const res = await sql<{
    id: number;
    txid: string;
    table_name: string;
    row_id: string;
    row_data: Record<string, unknown> | null;
    in_added: boolean;
    bytes: number;
  }>`
    select id, k::text as txid, table_name, row_id, row_data,
           zone_id in (select jsonb_array_elements_text(${added}::jsonb)) as in_added,
           coalesce(pg_column_size(row_data), 0)::int as bytes
    from (
      select distinct on (c.table_name, c.row_id) c.id, ${key} as k, c.table_name, c.row_id, c.op,
             c.zone_id, c.owner_id, c.row_data
      from change_log c
      where c.table_name <> 'sync_clients'
        and (${key}, c.id) <= (${q.upTo.txid}::xid8, ${q.upTo.id}::bigint)
      order by c.table_name, c.row_id, ${key} desc, c.id desc
    ) latest
    where op = 'put' and id > ${q.after}::bigint
      and (zone_id in (select jsonb_array_elements_text(${added}::jsonb))
           or (zone_id in (select jsonb_array_elements_text(${removed}::jsonb))
               and owner_id is distinct from ${q.userId}::uuid))
    order by id
    limit ${q.limit}`.execute(db);
  return res.rows.map((r) => ({
    id: Number(r.id),
    txid: r.txid,
    table: r.table_name,
    rowId: r.row_id,
    op: r.in_added ? 'put' : 'del',
    row: r.in_added ? r.row_data : null,
    bytes: r.bytes,
  }));
}
