// Demo-only writes: one zone per relay town, and each site and building put in its nearest town's zone.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function assignDemoZones(db: Kysely<DB>): Promise<string[]> {
  const sites = await db.selectFrom('sites').select(['id', 'name']).orderBy('id').execute();
  const zones = sites.map((s) => ({
    id: s.id.replace(/^site-/, 'zone-'),
    name: (s.name.split(' — ')[0] ?? s.name).trim(),
  }));
  if (!zones.length) return [];
  await db
    .insertInto('zones')
    .values(zones)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await sql`update sites set zone_id = replace(id, 'site-', 'zone-')`.execute(db);
  // Nearest site by equirectangular distance: good enough at a département's scale.
  await sql`
    update buildings b set zone_id = (
      select s.zone_id from sites s
      order by power(s.lat - b.lat, 2) + power((s.lon - b.lon) * cos(radians(b.lat)), 2) limit 1)`.execute(
    db,
  );
  await sql`
    update fibre_points p set zone_id = (
      select s.zone_id from sites s
      order by power(s.lat - p.lat, 2) + power((s.lon - p.lon) * cos(radians(p.lat)), 2) limit 1)
    where p.lat is not null`.execute(db);
  return zones.map((z) => z.id);
}
