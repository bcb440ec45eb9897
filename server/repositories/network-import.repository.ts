// Writes of imported network data. Each upsert only touches rows whose values changed.
import type { Kysely } from 'kysely';
import type { Selectable } from 'kysely';
import type { BuildingsTable, DB, FibreZonesTable, SectorsTable, SitesTable } from '../db/schema.ts';
import { upsertChanged, type UpsertCounts, type UpsertValue } from '../db/upsert.ts';

// Imported rows: the table's columns that an import writes (timestamps are the database's).
type Written<T, Omitted extends keyof T> = {
  [K in Exclude<keyof T, Omitted>]: Selectable<T>[K & keyof Selectable<T>];
};

/** Status, device model and planned sectors are the console's: imports leave them as they are. */
/** zone_id left out: the row keeps its zone, or gets the one its position says (zones/membership.ts). */
export type SiteRow = Omit<
  Written<
    SitesTable,
    'access_notes' | 'backhaul' | 'power' | 'notes' | 'zone_manual' | 'status' | 'created_at' | 'updated_at'
  >,
  'zone_id'
> & { zone_id?: string | null };
export type SectorRow = Written<
  SectorsTable,
  | 'channel_width_mhz'
  | 'tilt_deg'
  | 'gain_dbi'
  | 'ssid'
  | 'stations'
  | 'device_model'
  | 'planned'
  | 'created_at'
  | 'updated_at'
>;
/** pm_id is linked after the upsert (linkBuildingsToPms), from pm_ref. */
export type BuildingRow = Omit<
  Written<BuildingsTable, 'pm_id' | 'zone_manual' | 'created_at' | 'updated_at'>,
  'zone_id'
> & { zone_id?: string | null };
/** geometry: the GeoJSON geometry serialised (jsonb is written as text on both drivers). */
export type FibreZoneRow = Omit<Written<FibreZonesTable, 'created_at' | 'updated_at'>, 'geometry'> & {
  geometry: string;
};

const cols = <T>(row: T) => Object.keys(row as object) as (keyof T & string)[];

function upsertRows<Row extends { id: string } & Record<string, UpsertValue>>(
  db: Kysely<DB>,
  table: 'sites' | 'buildings',
  rows: Row[],
): Promise<UpsertCounts> {
  const first = rows[0];
  return first ? upsertChanged(db, table, cols(first), rows) : Promise.resolve(zero());
}

function withoutZone<R extends { zone_id?: string | null }>(row: R): Omit<R, 'zone_id'> {
  const { zone_id: _left, ...rest } = row;
  return rest;
}

const sum = (a: UpsertCounts, b: UpsertCounts): UpsertCounts => ({
  inserted: a.inserted + b.inserted,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
});

// Rows with and without a zone go in two statements: one column list per statement.
export async function upsertSites(db: Kysely<DB>, rows: SiteRow[]): Promise<UpsertCounts> {
  const zoned = rows.flatMap((r) => (r.zone_id != null ? [{ ...r, zone_id: r.zone_id }] : []));
  const unzoned = rows.filter((r) => r.zone_id == null).map(withoutZone);
  return sum(await upsertRows(db, 'sites', zoned), await upsertRows(db, 'sites', unzoned));
}

export function upsertSectors(db: Kysely<DB>, rows: SectorRow[]): Promise<UpsertCounts> {
  return rows.length ? upsertChanged(db, 'sectors', cols(rows[0]), rows) : Promise.resolve(zero());
}

export async function upsertBuildings(db: Kysely<DB>, rows: BuildingRow[]): Promise<UpsertCounts> {
  const zoned = rows.flatMap((r) => (r.zone_id != null ? [{ ...r, zone_id: r.zone_id }] : []));
  const unzoned = rows.filter((r) => r.zone_id == null).map(withoutZone);
  return sum(await upsertRows(db, 'buildings', zoned), await upsertRows(db, 'buildings', unzoned));
}

export async function upsertFibreZones(db: Kysely<DB>, rows: FibreZoneRow[]): Promise<UpsertCounts> {
  if (!rows.length) return zero();
  // jsonb compares by value, so a re-import of the same polygon is "unchanged".
  return upsertChanged(db, 'fibre_zones', cols(rows[0]), rows);
}

/** Sectors of these sites that the imported file no longer lists. */
export async function deleteSectorsNotIn(
  db: Kysely<DB>,
  siteIds: string[],
  keepIds: string[],
): Promise<number> {
  if (!siteIds.length) return 0;
  const res = await db
    .deleteFrom('sectors')
    .where('site_id', 'in', siteIds)
    .$if(keepIds.length > 0, (q) => q.where('id', 'not in', keepIds))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function ensureZones(db: Kysely<DB>, zones: { id: string; name: string }[]): Promise<void> {
  if (!zones.length) return;
  await db
    .insertInto('zones')
    .values(zones)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

function zero(): UpsertCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}
