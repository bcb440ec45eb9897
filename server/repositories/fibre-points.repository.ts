// Fibre points (PM, PBO): all their SQL, and the link from buildings to the PM that serves them.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { upsertChanged, type UpsertCounts } from '../db/upsert.ts';

/** What a GeoJSON import or the console writes; zone and timestamps are computed elsewhere. */
export interface WrittenFibrePoint extends Record<string, string | number | null> {
  id: string;
  kind: 'pm' | 'pbo';
  name: string | null;
  lat: number | null;
  lon: number | null;
  capacity: number | null;
  pm_id: string | null;
}

/** A PM as an IPE file names it: a reference, a state and a kind of place, no position. */
export interface IpePm extends Record<string, string | null> {
  id: string;
  kind: 'pm';
  pm_state: string | null;
  location_type: string | null;
}

const zero = (): UpsertCounts => ({ inserted: 0, updated: 0, unchanged: 0 });

export async function upsertFibrePoints(db: Kysely<DB>, rows: WrittenFibrePoint[]): Promise<UpsertCounts> {
  const first = rows[0];
  if (!first) return zero();
  // PMs first: a PBO's pm_id must name a row that exists.
  const ordered = [...rows.filter((r) => r.kind === 'pm'), ...rows.filter((r) => r.kind === 'pbo')];
  const { inserted, updated, unchanged } = await upsertChanged(
    db,
    'fibre_points',
    Object.keys(first),
    ordered,
  );
  return { inserted, updated, unchanged };
}

/** Inserts the PMs an IPE file names; a known PM keeps its position, name and capacity. */
export async function upsertIpePms(db: Kysely<DB>, rows: IpePm[]): Promise<UpsertCounts> {
  const first = rows[0];
  if (!first) return zero();
  const { inserted, updated, unchanged } = await upsertChanged(db, 'fibre_points', Object.keys(first), rows);
  return { inserted, updated, unchanged };
}

/** Which of these ids are PMs (to check a PBO's PM before writing it). */
export async function existingPmIds(db: Kysely<DB>, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('fibre_points')
    .select('id')
    .where('id', 'in', [...ids])
    .where('kind', '=', 'pm')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Buildings whose PM reference names a known PM point at it. Only the given buildings (those an import
 * just wrote), so a PM an admin chose by hand for another building stays.
 */
export async function linkBuildingsToPms(db: Kysely<DB>, buildingIds: readonly string[]): Promise<number> {
  let linked = 0;
  for (let i = 0; i < buildingIds.length; i += 5000) {
    const chunk = buildingIds.slice(i, i + 5000);
    const res = await sql`
      update buildings b set pm_id = p.id
      from fibre_points p
      where p.id = b.pm_ref and p.kind = 'pm' and b.id = any(${chunk}::text[])
        and b.pm_id is distinct from p.id`.execute(db);
    linked += Number(res.numAffectedRows ?? 0);
  }
  return linked;
}

export async function saveFibrePoint(
  db: Kysely<DB>,
  row: {
    id: string;
    kind: 'pm' | 'pbo';
    name: string | null;
    lat: number | null;
    lon: number | null;
    capacity: number | null;
    pm_id: string | null;
    zone_id: string | null;
    zone_manual: boolean;
  },
): Promise<void> {
  const { id: _id, ...rest } = row;
  await db
    .insertInto('fibre_points')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...rest, updated_at: new Date() }))
    .execute();
}

export async function deleteFibrePoint(db: Kysely<DB>, id: string): Promise<boolean> {
  const res = await db.deleteFrom('fibre_points').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
