// Idempotent bulk upsert: inserts new rows, updates rows whose values differ, leaves equal rows alone
// (so re-importing a file changes nothing: no new updated_at, no change-log entry).
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { yieldToEventLoop } from './turn.ts';

export type UpsertValue = string | number | boolean | null | Date;
export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const CHUNK = 500;

export async function upsertChanged<Row extends { id: string } & Record<string, UpsertValue>>(
  db: Kysely<DB>,
  table: keyof DB & string,
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): Promise<UpsertCounts & { changedIds: string[] }> {
  const counts = { inserted: 0, updated: 0, unchanged: 0, changedIds: [] as string[] };
  const dataCols = columns.filter((c) => c !== 'id');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const allCols = ['id', ...dataCols];
    const result = await sql<{ id: string; inserted: boolean }>`
      insert into ${sql.table(table)} (${sql.join(allCols.map((c) => sql.ref(c)))})
      values ${sql.join(chunk.map((r) => sql`(${sql.join(allCols.map((c) => r[c] ?? null))})`))}
      on conflict (id) do update set
        ${sql.join(dataCols.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))},
        updated_at = now()
      where (${sql.join(dataCols.map((c) => sql`${sql.ref(`${table}.${c}`)}`))})
        is distinct from (${sql.join(dataCols.map((c) => sql`excluded.${sql.ref(c)}`))})
      returning id, (xmax = 0) as inserted`.execute(db);
    for (const r of result.rows) {
      if (r.inserted) counts.inserted++;
      else counts.updated++;
      counts.changedIds.push(r.id);
    }
    counts.unchanged += chunk.length - result.rows.length;
  }
  return counts;
}

/**
 * What upsertChanged would do with `rows`, without writing: the dry run of an import. Values are
 * compared as upsertChanged's `is distinct from` would (null equals null, numbers by value).
 */
export async function countChanges<Row extends { id: string } & Record<string, UpsertValue>>(
  db: Kysely<DB>,
  table: keyof DB & string,
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): Promise<UpsertCounts> {
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const dataCols = columns.filter((c) => c !== 'id');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const found = await sql<Record<string, unknown>>`
      select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)}
      where id in (${sql.join(chunk.map((r) => r.id))})`.execute(db);
    await yieldToEventLoop(); // a dry run of 250,000 rows is 500 reads: let public requests in between
    const byId = new Map(found.rows.map((r) => [String(r.id), r]));
    for (const row of chunk) {
      const old = byId.get(row.id);
      if (!old) counts.inserted++;
      else if (dataCols.some((c) => !sameValue(old[c], row[c]))) counts.updated++;
      else counts.unchanged++;
    }
  }
  return counts;
}

function sameValue(stored: unknown, next: UpsertValue | undefined): boolean {
  const a = stored ?? null;
  const b = next ?? null;
  if (a === null || b === null) return a === b;
  if (typeof b === 'number') return Number(a) === b;
  return String(a) === String(b);
}
