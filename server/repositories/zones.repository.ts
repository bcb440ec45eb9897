// Working zones: their outlines, who works in them, and which network rows they hold.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Tables whose rows belong to a zone by position. */
export type ZonedTable = 'sites' | 'buildings' | 'fibre_points';

export interface ZoneDbRow {
  id: string;
  name: string;
  geometry: unknown;
}

export function listZones(db: Kysely<DB>): Promise<ZoneDbRow[]> {
  return db.selectFrom('zones').select(['id', 'name', 'geometry']).orderBy('id').execute();
}

export async function upsertZone(
  db: Kysely<DB>,
  zone: { id: string; name: string; geometry: string | null },
): Promise<void> {
  await db
    .insertInto('zones')
    .values(zone)
    .onConflict((oc) => oc.column('id').doUpdateSet({ name: zone.name, geometry: zone.geometry }))
    .execute();
}

export async function deleteZone(db: Kysely<DB>, id: string): Promise<boolean> {
  const res = await db.deleteFrom('zones').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function zoneExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return !!(await db.selectFrom('zones').select('id').where('id', '=', id).executeTakeFirst());
}

/** Rows whose zone follows their position (not chosen by hand), optionally only these ids. */
export async function positionedRows(
  db: Kysely<DB>,
  table: ZonedTable,
  ids?: readonly string[],
): Promise<{ id: string; lat: number; lon: number; zone_id: string | null }[]> {
  const res = await sql<{ id: string; lat: number; lon: number; zone_id: string | null }>`
    select id, lat, lon, zone_id from ${sql.table(table)}
    where not zone_manual and lat is not null
    ${ids ? sql`and id = any(${[...ids]}::text[])` : sql``}
    order by id`.execute(db);
  return res.rows;
}

export async function setZone(
  db: Kysely<DB>,
  table: ZonedTable,
  zoneId: string | null,
  ids: readonly string[],
  manual?: boolean,
): Promise<number> {
  let n = 0;
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const res = await sql`
      update ${sql.table(table)} set zone_id = ${zoneId}, updated_at = now()
        ${manual === undefined ? sql`` : sql`, zone_manual = ${manual}`}
      where id = any(${chunk}::text[])`.execute(db);
    n += Number(res.numAffectedRows ?? 0);
  }
  return n;
}

export async function userZoneIds(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_zones')
    .select('zone_id')
    .where('user_id', '=', userId)
    .orderBy('zone_id')
    .execute();
  return rows.map((r) => r.zone_id);
}

export async function setUserZones(
  db: Kysely<DB>,
  userId: string,
  zoneIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('user_zones').where('user_id', '=', userId).execute();
  if (zoneIds.length) {
    await db
      .insertInto('user_zones')
      .values(zoneIds.map((zone_id) => ({ user_id: userId, zone_id })))
      .execute();
  }
}

/** How many rows of each kind a zone holds (the zone screen's counts). */
export async function zoneCounts(
  db: Kysely<DB>,
): Promise<{ zone_id: string; sites: number; buildings: number; fibre_points: number; users: number }[]> {
  const res = await sql<{
    zone_id: string;
    sites: number;
    buildings: number;
    fibre_points: number;
    users: number;
  }>`
    select z.id as zone_id,
      (select count(*)::int from sites s where s.zone_id = z.id) as sites,
      (select count(*)::int from buildings b where b.zone_id = z.id) as buildings,
      (select count(*)::int from fibre_points p where p.zone_id = z.id) as fibre_points,
      (select count(*)::int from user_zones u where u.zone_id = z.id) as users
    from zones z order by z.id`.execute(db);
  return res.rows;
}
