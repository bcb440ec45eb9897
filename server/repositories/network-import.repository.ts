// Writes of imported network data. Each upsert only touches rows whose values changed.
import type { Kysely } from 'kysely';
import type { Selectable } from 'kysely';
import type { BuildingsTable, DB, FibreZonesTable, SectorsTable, SitesTable } from '../db/schema.ts';
import { upsertChanged, type UpsertCounts } from '../db/upsert.ts';

// Imported rows: the table's columns that an import writes (timestamps are the database's).
type Written<T, Omitted extends keyof T> = {
  [K in Exclude<keyof T, Omitted>]: Selectable<T>[K & keyof Selectable<T>];
};

export type SiteRow = Written<
  SitesTable,
  'access_notes' | 'backhaul' | 'power' | 'notes' | 'created_at' | 'updated_at'
>;
export type SectorRow = Written<
  SectorsTable,
  'channel_width_mhz' | 'tilt_deg' | 'gain_dbi' | 'ssid' | 'stations' | 'created_at' | 'updated_at'
>;
export type BuildingRow = Written<BuildingsTable, 'created_at' | 'updated_at'>;
/** geometry: the GeoJSON geometry serialised (jsonb is written as text on both drivers). */
export type FibreZoneRow = Omit<Written<FibreZonesTable, 'created_at' | 'updated_at'>, 'geometry'> & {
  geometry: string;
};

const cols = <T>(row: T) => Object.keys(row as object) as (keyof T & string)[];

export function upsertSites(db: Kysely<DB>, rows: SiteRow[]): Promise<UpsertCounts> {
  return rows.length ? upsertChanged(db, 'sites', cols(rows[0]), rows) : Promise.resolve(zero());
}

export function upsertSectors(db: Kysely<DB>, rows: SectorRow[]): Promise<UpsertCounts> {
  return rows.length ? upsertChanged(db, 'sectors', cols(rows[0]), rows) : Promise.resolve(zero());
}

export function upsertBuildings(db: Kysely<DB>, rows: BuildingRow[]): Promise<UpsertCounts> {
  return rows.length ? upsertChanged(db, 'buildings', cols(rows[0]), rows) : Promise.resolve(zero());
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
