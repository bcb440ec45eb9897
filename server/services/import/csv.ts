// What the CSV importers (IPE, Arcep, BAN) share: decoding, parsing with papaparse, numbers with
// decimal commas, French commune codes, the line-by-line accept/reject loop. Every row keeps the 1-based
// line where it starts, for the import report.
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { ImportRejection } from './report.ts';

/** INSEE commune code (Corsica's départements are 2A and 2B) and postcode, as the files write them. */
export const INSEE_CODE = /^(\d{2}|2A|2B)\d{3}$/;
export const POSTCODE = /^\d{5}$/;

export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * Valid UTF-8 is taken as UTF-8; anything else is Windows-1252 (a superset of Latin-1 for printable
 * text, and what French spreadsheets export). A Latin-1 file with accents is almost never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(Buffer.from(bytes), 'win1252');
    encoding = 'windows-1252';
  }
  return { text: text.replace(/^\uFEFF/, ''), encoding };
}

export interface CsvRow {
  /** 1-based line of the file where the record starts (line 1 is the header). */
  line: number;
  /** Values by lower-cased, trimmed header name. */
  get(column: string): string;
  /** Number of fields on the line, to spot a short or long record. */
  fieldCount: number;
}

export interface CsvTable {
  /** Lower-cased, trimmed header names. */
  columns: string[];
  rows: CsvRow[];
}

/** Parses a delimited text with a header line. Blank lines are skipped but still counted. */
export function parseCsv(text: string, delimiter: string): CsvTable {
  let columns: string[] | null = null;
  const rows: CsvRow[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      const start = consumed;
      consumed = result.meta.cursor;
      const rowLine = line;
      // Lines spanned by this record (quoted fields may hold line breaks) move the counter on.
      for (let i = start; i < consumed; i++) if (text.charCodeAt(i) === 10) line++;
      const values = result.data;
      if (values.length === 1 && (values[0] ?? '').trim() === '') return;
      if (!columns) {
        columns = values.map((c) => c.trim().toLowerCase());
        return;
      }
      const byName = new Map<string, string>();
      columns.forEach((c, i) => byName.set(c, (values[i] ?? '').trim()));
      rows.push({ line: rowLine, get: (c) => byName.get(c) ?? '', fieldCount: values.length });
    },
  });
  return { columns: columns ?? [], rows };
}

/** Throws when required columns are missing: the whole file is unusable then, not a line. */
export function requireColumns(table: CsvTable, required: readonly string[], format: string): void {
  const missing = required.filter((c) => !table.columns.includes(c.toLowerCase()));
  if (missing.length) throw new Error(`${format}: missing column(s) ${missing.join(', ')}`);
}

/**
 * Decodes a file, parses it with the delimiter its header uses (`fallback` when it does not tell) and
 * checks the required columns.
 */
export function readCsv(
  bytes: Uint8Array,
  fallback: string,
  required: readonly string[],
  format: string,
): { encoding: TextEncoding; table: CsvTable } {
  const { text, encoding } = decodeText(bytes);
  const table = parseCsv(text, sniffDelimiter(text, fallback));
  requireColumns(table, required, format);
  return { encoding, table };
}

/**
 * Runs `parseLine` over the rows: a string it returns rejects that line with that reason. With `unique`,
 * a line whose key an earlier accepted line already had is rejected too, naming that first line.
 */
export function parseRows<T>(
  table: CsvTable,
  parseLine: (row: CsvRow) => T | string,
  unique?: { label: string; key: (value: T) => string },
  /** Keys already seen (and their line), when a file is parsed in slices. */
  firstLine = new Map<string, number>(),
): { accepted: T[]; rejected: ImportRejection[] } {
  const accepted: T[] = [];
  const rejected: ImportRejection[] = [];
  for (const row of table.rows) {
    const parsed = parseLine(row);
    if (typeof parsed === 'string') {
      rejected.push({ line: row.line, reason: parsed });
      continue;
    }
    if (unique) {
      const key = unique.key(parsed);
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        rejected.push({ line: row.line, reason: `duplicate ${unique.label} "${key}" (line ${seen})` });
        continue;
      }
      firstLine.set(key, row.line);
    }
    accepted.push(parsed);
  }
  return { accepted, rejected };
}

/** "743857,59" or "743857.59" → 743857.59; null for anything that is not a plain decimal number. */
export function parseDecimal(value: string): number | null {
  const v = value.trim().replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Empty cells become null so the database keeps NULL rather than ''. */
export function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** The delimiter of the header line (`;`, `,` or tab), or `fallback` when the line does not tell. */
export function sniffDelimiter(text: string, fallback: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : fallback;
}

/**
 * A big file parsed in slices of about `linesPerSlice` lines, each a table with the file's header and
 * the file's own line numbers. A slice ends only at a line break outside quotes (an even count of `"`
 * so far), so a quoted field spanning lines stays whole. The caller yields to the event loop between
 * slices: a 250,000-line file never blocks other requests for the seconds its parse takes.
 */
export function* csvSlices(text: string, delimiter: string, linesPerSlice: number): Generator<CsvTable> {
  const headerEnd = endOfRecord(text, 0, 1);
  const header = text.slice(0, headerEnd).replace(/\r?\n$/, '');
  const headerLines = lineBreaks(header) + 1;
  let start = headerEnd;
  let firstLine = headerLines + 1;
  while (start < text.length) {
    const end = endOfRecord(text, start, linesPerSlice);
    const body = text.slice(start, end);
    const table = parseCsv(`${header}\n${body}`, delimiter);
    const shift = firstLine - headerLines - 1;
    yield { columns: table.columns, rows: table.rows.map((r) => ({ ...r, line: r.line + shift })) };
    firstLine += lineBreaks(body);
    start = end;
  }
  if (headerEnd >= text.length) yield { columns: parseCsv(header, delimiter).columns, rows: [] };
}

/** Where the `lines`-th line break outside quotes after `from` ends (or the text's end). */
function endOfRecord(text: string, from: number, lines: number): number {
  let inQuotes = false;
  let seen = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes && ++seen === lines) return i + 1;
  }
  return text.length;
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
