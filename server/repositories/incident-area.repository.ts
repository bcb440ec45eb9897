// What an incident reaches in the network: the sectors of its relays, the buildings behind its fibre
// points, the zones of all of these, and how many active installations hang on them.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function sitesOfSectors(db: Kysely<DB>, sectorIds: string[]): Promise<string[]> {
  if (!sectorIds.length) return [];
  const rows = await db
    .selectFrom('sectors')
    .select('site_id')
    .distinct()
    .where('id', 'in', sectorIds)
    .execute();
  return rows.map((r) => r.site_id);
}

export async function sectorsOfSites(db: Kysely<DB>, siteIds: string[]): Promise<string[]> {
  if (!siteIds.length) return [];
  const rows = await db.selectFrom('sectors').select('id').where('site_id', 'in', siteIds).execute();
  return rows.map((r) => r.id);
}

export async function existingIds(
  db: Kysely<DB>,
  table: 'sites' | 'sectors' | 'zones' | 'fibre_points',
  ids: string[],
): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

export async function zonesOfSites(db: Kysely<DB>, siteIds: string[]): Promise<string[]> {
  if (!siteIds.length) return [];
  const rows = await db
    .selectFrom('sites')
    .select('zone_id')
    .distinct()
    .where('id', 'in', siteIds)
    .where('zone_id', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.zone_id ? [r.zone_id] : []));
}

export interface FibrePointRef {
  id: string;
  kind: 'pm' | 'pbo';
  pmId: string | null;
  lat: number | null;
  lon: number | null;
  zoneId: string | null;
}

export async function fibrePoints(db: Kysely<DB>, ids: string[]): Promise<FibrePointRef[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('fibre_points')
    .select(['id', 'kind', 'pm_id', 'lat', 'lon', 'zone_id'])
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    pmId: r.pm_id,
    lat: r.lat,
    lon: r.lon,
    zoneId: r.zone_id,
  }));
}

/** Buildings served by these PMs: linked by the import (pm_id), or naming the PM in the file (pm_ref). */
export async function buildingsOfPms(
  db: Kysely<DB>,
  pmIds: string[],
): Promise<{ id: string; pmId: string; lat: number; lon: number; zoneId: string | null }[]> {
  if (!pmIds.length) return [];
  const rows = await db
    .selectFrom('buildings')
    .select(['id', 'pm_id', 'pm_ref', 'lat', 'lon', 'zone_id'])
    .where((eb) => eb.or([eb('pm_id', 'in', pmIds), eb('pm_ref', 'in', pmIds)]))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    pmId: r.pm_id ?? r.pm_ref ?? '',
    lat: r.lat,
    lon: r.lon,
    zoneId: r.zone_id,
  }));
}

/** Active installations on these sectors, buildings or zones, each counted once. */
export async function activeInstallationsOn(
  db: Kysely<DB>,
  q: { sectorIds: string[]; buildingIds: string[]; zoneIds: string[] },
): Promise<number> {
  if (!q.sectorIds.length && !q.buildingIds.length && !q.zoneIds.length) return 0;
  const row = await db
    .selectFrom('installations')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        ...(q.sectorIds.length ? [eb('sector_id', 'in', q.sectorIds)] : []),
        ...(q.buildingIds.length ? [eb('building_id', 'in', q.buildingIds)] : []),
        ...(q.zoneIds.length ? [eb('zone_id', 'in', q.zoneIds)] : []),
      ]),
    )
    .executeTakeFirst();
  return row?.n ?? 0;
}

export async function zoneNames(db: Kysely<DB>, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('zones').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function siteNames(db: Kysely<DB>, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('sites').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
