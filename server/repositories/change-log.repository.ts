// Reading the change log for pulls. The no-skip rule lives in this query; docs/sync.md tells the story.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface LogPosition {
  /** xid8 as decimal text: compared in SQL only. */
  txid: string;
  id: number;
}

export interface LogEntry extends LogPosition {
  table: string;
  rowId: string;
  op: 'put' | 'del';
  row: Record<string, unknown> | null;
  /** Stored size of the row, to cap a page near a byte budget without serialising it. */
  bytes: number;
}

export type Audience =
  { all: true; clientId: string } | { all: false; clientId: string; userId: string; zones: string[] };

/**
 * Entries after `after` in (txid, id) order, only from transactions older than the oldest one still
 * running (`horizon` = xmin of this statement's snapshot). Every transaction below the horizon has
 * finished, so no entry can later appear below it: a cursor that never passes the horizon never skips a
 * late commit, whatever the commit order and however many server processes write. The horizon comes
 * from the same statement, hence the same snapshot, as the rows.
 *
 * Entries a restore brought back (id ≤ restoredMaxId) carry another cluster's txids: they are read
 * first, as txid 0, in id order; all of them are committed.
 *
 * Who sees what: a device's own acknowledgements (table sync_clients, row = its client id); then
 * everything for coordinators; for technicians their zones, their own records, and unzoned reference
 * rows (an owned record without a zone stays its owner's).
 */
export async function readChanges(
  db: Kysely<DB>,
  query: { after: LogPosition | null; audience: Audience; limit: number; restoredMaxId: number | null },
): Promise<{ entries: LogEntry[]; horizon: string }> {
  const { after, audience, limit, restoredMaxId } = query;
  const afterTxid = after?.txid ?? '0';
  const afterId = after?.id ?? 0;
  const visible = audience.all
    ? sql`true`
    : sql`(c.owner_id = ${audience.userId}
           or c.zone_id in (select jsonb_array_elements_text(${JSON.stringify(audience.zones)}::jsonb))
           or (c.zone_id is null and c.owner_id is null))`;
  const allowed = sql`case when c.table_name = 'sync_clients' then c.row_id = ${audience.clientId}
                           else ${visible} end`;
  const res = await sql<{
    horizon: string;
    id: number | null;
    txid: string | null;
    table_name: string | null;
    row_id: string | null;
    op: 'put' | 'del' | null;
    row_data: Record<string, unknown> | null;
    bytes: number | null;
  }>`
    with h as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin)
    select h.xmin::text as horizon, u.id, u.k::text as txid, u.table_name, u.row_id, u.op, u.row_data,
           coalesce(pg_column_size(u.row_data), 0)::int as bytes
    from h left join lateral (
      select * from (
        (select c.*, '0'::xid8 as k from change_log c
         where c.id <= ${restoredMaxId}::bigint
           and ('0'::xid8, c.id) > (${afterTxid}::xid8, ${afterId}::bigint) and ${allowed}
         order by c.id limit ${limit})
        union all
        (select c.*, c.txid as k from change_log c
         where c.txid < h.xmin and c.id > coalesce(${restoredMaxId}::bigint, 0)
           and (c.txid, c.id) > (${afterTxid}::xid8, ${afterId}::bigint) and ${allowed}
         order by c.txid, c.id limit ${limit})
      ) both_parts
      order by k, id
      limit ${limit}
    ) u on true`.execute(db);
  const horizon = res.rows[0]?.horizon ?? '0';
  const entries: LogEntry[] = [];
  for (const r of res.rows) {
    if (r.id === null || r.txid === null || r.table_name === null || r.row_id === null || r.op === null)
      continue;
    entries.push({
      id: r.id,
      txid: r.txid,
      table: r.table_name,
      rowId: r.row_id,
      op: r.op,
      row: r.row_data,
      bytes: r.bytes ?? 0,
    });
  }
  return { entries, horizon };
}
