// Column types shared by the table definitions.
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<unknown, string, string>;
/** A jsonb column that may be left out on insert (null). */
export type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
/** A nullable column that may be left out on insert. */
export type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;
