// The one CSV writer for every export: `;` separator (French spreadsheets), UTF-8 with exactly one
// byte-order mark (so Excel detects UTF-8), CRLF lines, and formula-looking cells (`=`, `+`, `-`, `@`
// at the start) escaped so text typed in the field never runs as a formula in the office.
import Papa from 'papaparse';

export const BOM = '\uFEFF';

/** A column: its French header and how to read its cell from a record. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/**
 * What a spreadsheet would run as a formula: a leading `=`, `+`, `@`, tab or CR, or a `-` that does not
 * start a plain decimal number (`-21,5` stays a number; `-2+3` or `-cmd` is escaped with a `'`).
 */
const formulaStart = /^(?:[=+@\t\r]|-(?!\d+(?:,\d+)?$))/;
const unparseOptions = { delimiter: ';', newline: '\r\n', escapeFormulae: formulaStart } as const;

function cells<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): (string | number)[][] {
  return rows.map((r) => columns.map((c) => c.value(r) ?? ''));
}

/** A whole document in memory: small exports (one person's data, a filtered list). */
export function csvDocument<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const body = Papa.unparse(
    { fields: columns.map((c) => c.header), data: cells(columns, rows) },
    unparseOptions,
  );
  return `${BOM}${body}\r\n`;
}

/**
 * The same document, page by page: the header once (with the BOM), then each page of records as it
 * is read, so a large export never sits whole in memory.
 */
export async function* csvStream<T>(
  columns: readonly CsvColumn<T>[],
  pages: AsyncIterable<readonly T[]>,
): AsyncGenerator<string> {
  yield `${BOM}${Papa.unparse([columns.map((c) => c.header)], unparseOptions)}\r\n`;
  for await (const page of pages) {
    if (page.length) yield `${Papa.unparse(cells(columns, page), unparseOptions)}\r\n`;
  }
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}
