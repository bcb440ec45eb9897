// The one place where database rows become the domain rows of shared/schemas, for every synced table.
// Rows arrive as JSON (to_jsonb): from the change log for pulls, from findRowJson for mutators.
//
// Nothing here describes a table again: a column is read into the schema key that spells it without
// underscores, case aside (`frequency_mhz` → `frequencyMHz`), `lat`/`lon` become `position`, timestamps
// (columns ending in `_at` or `_for`) become ISO-8601 in UTC with milliseconds, and the shared zod row
// schema checks and shapes the result — so enum values, nullability and defaults live in the schema
// only. Columns the schema lacks are server-only and dropped; `rows.int.test.ts` lists them, so a new
// column must be either added to the schema or declared server-only.
import { z } from 'zod';
import type { SyncedRows, SyncTable } from '../../../shared/schemas/sync.ts';
import { syncedRowSchemas, syncTables } from '../../../shared/schemas/sync.ts';

const TIMESTAMP_COLUMN = /_(at|for)$/;

/** Schema keys by their spelling without underscores, lower case. */
const keysBySpelling = new Map(
  syncTables.map((table) => {
    const shape = syncedRowSchemas[table].shape as Record<string, unknown>;
    return [table, new Map(Object.keys(shape).map((k) => [k.toLowerCase(), k]))] as const;
  }),
);

/**
 * Fields a row may lack (a change-log entry written before its column existed) that read as null, as the
 * column's own default would: every nullable field without a default of its own in the schema.
 */
const nullWhenAbsent = new Map(
  syncTables.map((table) => {
    const shape = syncedRowSchemas[table].shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape).filter(
      (k) => !shape[k]!.safeParse(undefined).success && shape[k]!.safeParse(null).success,
    );
    return [table, keys] as const;
  }),
);

/** The schema key a column fills, or undefined for a server-only column. */
export function schemaKeyOf(table: SyncTable, column: string): string | undefined {
  if (column === 'lat' || column === 'lon') return 'position';
  return keysBySpelling.get(table)?.get(column.replaceAll('_', '').toLowerCase());
}

export function toDomainRow<T extends SyncTable>(table: T, row: Record<string, unknown>): SyncedRows[T] {
  const domain: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const key = schemaKeyOf(table, column);
    if (key === undefined || key === 'position') continue;
    domain[key] = TIMESTAMP_COLUMN.test(column) && typeof value === 'string' ? isoTime(value) : value;
  }
  if ('lat' in row || 'lon' in row) {
    const { lat, lon } = row;
    domain.position = typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null;
  }
  for (const key of nullWhenAbsent.get(table) ?? []) if (!(key in domain)) domain[key] = null;
  const parsed = syncedRowSchemas[table].safeParse(domain);
  // A schema drift fails loudly here instead of travelling to the devices.
  if (!parsed.success) throw new Error(`${table} row ${String(row.id)}: ${z.prettifyError(parsed.error)}`);
  return parsed.data as SyncedRows[T];
}

function isoTime(value: string): string {
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : time.toISOString();
}

export function isSyncTable(name: string): name is SyncTable {
  return syncTables.some((t) => t === name);
}
