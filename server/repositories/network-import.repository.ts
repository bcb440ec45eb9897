// Writes of imported network data. Each upsert only touches rows whose values changed.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { upsertChanged, type UpsertCounts } from '../db/upsert.ts';

export interface SiteRow extends Record<string, string | number | null> {
  id: string;
  zone_id: string | null;
  name: string;
  lat: number;
  lon: number;
  support: string | null;
  host: string | null;
  ground_altitude_m: number | null;
  mast_height_m: number | null;
}

export interface SectorRow extends Record<string, string | number | boolean | null> {
  id: string;
  site_id: string;
  name: string | null;
  azimuth_deg: number;
  beamwidth_deg: number;
  range_m: number;
  full: boolean;
  frequency_mhz: number | null;
}

export interface BuildingRow extends Record<string, string | number | null> {
  id: string;
  zone_id: string | null;
  state: string;
  network: string;
  operator: string | null;
  building_type: string | null;
  lat: number;
  lon: number;
  address: string | null;
  address_code: string | null;
  postcode: string | null;
  insee_code: string | null;
  city: string | null;
  pm_ref: string | null;
  pm_state: string | null;
  access: string | null;
  source: string;
}

export interface FibreZoneRow extends Record<string, string> {
  id: string;
  name: string;
  status: string;
  /** GeoJSON geometry, serialised. */
  geometry: string;
}

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
  const withJson = rows.map((r) => ({ ...r }));
  return upsertChanged(db, 'fibre_zones', cols(withJson[0]), withJson);
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

export { sql };
