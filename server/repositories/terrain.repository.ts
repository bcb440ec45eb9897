// The active terrain model (one row): the grid text as imported, and its hash to tell versions apart.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function saveTerrain(
  db: Kysely<DB>,
  model: { sha256: string; ncols: number; nrows: number; grid: string },
): Promise<'inserted' | 'updated' | 'unchanged'> {
  const current = await terrainHash(db);
  if (current === model.sha256) return 'unchanged';
  await db
    .insertInto('terrain_models')
    .values({ id: 'active', ...model })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...model }))
    .execute();
  return current === null ? 'inserted' : 'updated';
}

export async function terrainHash(db: Kysely<DB>): Promise<string | null> {
  const row = await db.selectFrom('terrain_models').select('sha256').executeTakeFirst();
  return row?.sha256 ?? null;
}

export function loadTerrain(db: Kysely<DB>): Promise<{ sha256: string; grid: string } | undefined> {
  return db.selectFrom('terrain_models').select(['sha256', 'grid']).executeTakeFirst();
}

/** Where a technician works: the bounds of their zones' outlines and of their zones' relays and buildings. */
export async function zonesExtentRows(
  db: Kysely<DB>,
  zoneIds: readonly string[],
): Promise<{ south: number | null; west: number | null; north: number | null; east: number | null }> {
  const ids = [...zoneIds];
  const row = await db
    .selectFrom(
      db
        .selectFrom('sites')
        .select(['lat', 'lon'])
        .where('zone_id', 'in', ids)
        .unionAll(db.selectFrom('buildings').select(['lat', 'lon']).where('zone_id', 'in', ids))
        .as('p'),
    )
    .select((eb) => [
      eb.fn.min<number>('p.lat').as('south'),
      eb.fn.min<number>('p.lon').as('west'),
      eb.fn.max<number>('p.lat').as('north'),
      eb.fn.max<number>('p.lon').as('east'),
    ])
    .executeTakeFirst();
  return row ?? { south: null, west: null, north: null, east: null };
}

/** The relays of these zones with the reach of their longest sector (m): a check can land that far. */
export function zoneSiteReaches(
  db: Kysely<DB>,
  zoneIds: readonly string[],
): Promise<{ lat: number; lon: number; reach: number | null }[]> {
  return db
    .selectFrom('sites as s')
    .leftJoin('sectors as sec', 'sec.site_id', 's.id')
    .select((eb) => ['s.lat', 's.lon', eb.fn.max<number | null>('sec.range_m').as('reach')])
    .where('s.zone_id', 'in', [...zoneIds])
    .groupBy(['s.id', 's.lat', 's.lon'])
    .execute();
}
