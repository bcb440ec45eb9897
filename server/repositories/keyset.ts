// Keyset pages, newest first, over (created_at, id): a row inserted between two reads never shifts a
// page, and the database walks the index instead of counting past an OFFSET. For tables with a
// timestamptz `created_at` and a uuid `id`.
import { sql, type SelectQueryBuilder } from 'kysely';

/** A cursor position: creation instant to the microsecond (text) and id. */
export interface PageKey {
  at: string;
  id: string;
}

const cursorAt = sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** One page of `query`: the rows strictly after `after`, newest first, at most `limit`. */
export function newestFirstPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  after: PageKey | null,
  limit: number,
) {
  return query
    .select(cursorAt.as('cursor_at'))
    .$if(after !== null, (b) =>
      b.where(sql<boolean>`(created_at, id) < (${after?.at}::timestamptz, ${after?.id}::uuid)`),
    )
    .orderBy(sql.ref('created_at'), 'desc')
    .orderBy(sql.ref('id'), 'desc')
    .limit(limit);
}

/** The page's items and, when it is full, the key of its last row to ask for the next one. */
export function pageOf<R extends { cursor_at: string; id: string }, T>(
  rows: readonly R[],
  limit: number,
  toItem: (row: R) => T,
): { items: T[]; last: PageKey | null } {
  const last = rows.at(-1);
  return {
    items: rows.map(toItem),
    last: last && rows.length === limit ? { at: last.cursor_at, id: last.id } : null,
  };
}
