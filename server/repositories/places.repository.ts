// Reads for the building and fibre-point pages, and the PBO nearest a building on its PM's tree.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export function findBuilding(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('buildings as b')
    .leftJoin('zones as z', 'z.id', 'b.zone_id')
    .leftJoin('fibre_points as pm', 'pm.id', 'b.pm_id')
    .select([
      'b.id',
      'b.address',
      'b.city',
      'b.postcode',
      'b.state',
      'b.network',
      'b.operator',
      'b.building_type',
      'b.lat',
      'b.lon',
      'b.zone_id',
      'z.name as zone_name',
      'b.pm_id',
      'pm.name as pm_name',
      'b.pm_ref',
    ])
    .where('b.id', '=', id)
    .executeTakeFirst();
}

export function findFibrePointWithNames(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('fibre_points as f')
    .leftJoin('zones as z', 'z.id', 'f.zone_id')
    .leftJoin('fibre_points as pm', 'pm.id', 'f.pm_id')
    .select([
      'f.id',
      'f.kind',
      'f.name',
      'f.lat',
      'f.lon',
      'f.capacity',
      'f.pm_state',
      'f.location_type',
      'f.zone_id',
      'z.name as zone_name',
      'f.pm_id',
      'pm.name as pm_name',
    ])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export function listPbosOf(db: Kysely<DB>, pmId: string) {
  return db
    .selectFrom('fibre_points')
    .select(['id', 'name'])
    .where('pm_id', '=', pmId)
    .orderBy('id')
    .limit(500)
    .execute();
}

/** The first buildings a PM serves, by address, and how many in all. */
export async function buildingsServedBy(
  db: Kysely<DB>,
  pmId: string,
  limit: number,
): Promise<{ count: number; first: { id: string; address: string | null }[] }> {
  const [counted, first] = await Promise.all([
    db
      .selectFrom('buildings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('pm_id', '=', pmId)
      .executeTakeFirst(),
    db
      .selectFrom('buildings')
      .select(['id', 'address'])
      .where('pm_id', '=', pmId)
      .orderBy('address')
      .orderBy('id')
      .limit(limit)
      .execute(),
  ]);
  return { count: Number(counted?.n ?? 0), first };
}

/**
 * The PBO of this PM closest to a point, within `maxMetres` (an equirectangular distance: exact
 * enough at a street's scale). Buildings do not record their PBO; this is the likely one.
 */
export async function nearestPbo(
  db: Kysely<DB>,
  pmId: string,
  at: { lat: number; lon: number },
  maxMetres: number,
): Promise<{ id: string; name: string | null } | undefined> {
  const cos = Math.cos((at.lat * Math.PI) / 180);
  const rows = await db
    .selectFrom('fibre_points')
    .select(['id', 'name', 'lat', 'lon'])
    .where('kind', '=', 'pbo')
    .where('pm_id', '=', pmId)
    .where('lat', 'is not', null)
    .execute();
  let best: { id: string; name: string | null; d: number } | undefined;
  for (const r of rows) {
    if (r.lat === null || r.lon === null) continue;
    const d = Math.hypot(r.lat - at.lat, (r.lon - at.lon) * cos) * 111_320;
    if (d <= maxMetres && (!best || d < best.d)) best = { id: r.id, name: r.name, d };
  }
  return best && { id: best.id, name: best.name };
}
