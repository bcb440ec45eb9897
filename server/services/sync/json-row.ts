// Typed reads of a row that arrived as JSON (to_jsonb of a table row): each accessor checks the type it
// promises, so a schema drift fails loudly here instead of travelling to the devices.
import { z } from 'zod';

export class JsonRow {
  constructor(
    private readonly row: Record<string, unknown>,
    private readonly table: string,
  ) {}

  private fail(key: string, want: string): never {
    throw new Error(`${this.table}.${key}: expected ${want}, got ${JSON.stringify(this.row[key])}`);
  }

  text(key: string): string {
    const v = this.row[key];
    return typeof v === 'string' ? v : this.fail(key, 'text');
  }
  textOrNull(key: string): string | null {
    const v = this.row[key];
    return v === null || v === undefined ? null : this.text(key);
  }
  num(key: string): number {
    const v = this.row[key];
    return typeof v === 'number' ? v : this.fail(key, 'number');
  }
  numOrNull(key: string): number | null {
    const v = this.row[key];
    return v === null || v === undefined ? null : this.num(key);
  }
  bool(key: string): boolean {
    const v = this.row[key];
    return typeof v === 'boolean' ? v : this.fail(key, 'boolean');
  }
  /** A boolean column added by a later migration: entries logged before it lack the key. */
  boolOrFalse(key: string): boolean {
    return this.row[key] === undefined ? false : this.bool(key);
  }
  /** A text column with a default added by a later migration: entries logged before it lack the key. */
  oneOfOr<const T extends string>(key: string, values: readonly T[], absent: T): T {
    return this.row[key] === undefined ? absent : this.oneOf(key, values);
  }
  oneOf<const T extends string>(key: string, values: readonly T[]): T {
    const v = this.row[key];
    return values.find((x) => x === v) ?? this.fail(key, values.join('|'));
  }
  /** timestamptz → ISO-8601 in UTC with milliseconds, the one date form of the API. */
  time(key: string): string {
    return new Date(this.text(key)).toISOString();
  }
  timeOrNull(key: string): string | null {
    return this.textOrNull(key) === null ? null : this.time(key);
  }
  /** lat/lon columns → `{ lat, lon }`, or null when either is missing. */
  positionOrNull(): { lat: number; lon: number } | null {
    const lat = this.numOrNull('lat');
    const lon = this.numOrNull('lon');
    return lat === null || lon === null ? null : { lat, lon };
  }
  position(): { lat: number; lon: number } {
    return this.positionOrNull() ?? this.fail('lat', 'a position');
  }
  objectOrNull(key: string): Record<string, unknown> | null {
    const v = this.row[key];
    if (v === null || v === undefined) return null;
    return isObject(v) ? v : this.fail(key, 'object');
  }
  object(key: string): Record<string, unknown> {
    return this.objectOrNull(key) ?? this.fail(key, 'object');
  }
  /** A jsonb array whose items `item` checks; missing (a row from before the column) reads as []. */
  list<T>(key: string, item: z.ZodType<T>): T[] {
    const v = this.row[key];
    if (v === null || v === undefined) return [];
    const parsed = z.array(item).safeParse(v);
    return parsed.success ? parsed.data : this.fail(key, 'a list of valid items');
  }
  textList(key: string): string[] {
    const v = this.row[key];
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : this.fail(key, 'text[]');
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
