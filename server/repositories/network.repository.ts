// Reference network data: relays, sectors, fibre buildings and zones.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { yieldToEventLoop } from '../db/turn.ts';
import { fibreZoneGeometry, type CoverageData } from '../../shared/schemas/eligibility.ts';

/** Rows per read of the buildings: a department holds hundreds of thousands. */
const BUILDING_PAGE = 10_000;

/**
 * Every building, read page by page (keyset on id) with a turn of the event loop between pages (see
 * db/turn.ts): one read of 250,000 rows would hold every other request for seconds.
 */
function buildingPage(db: Kysely<DB>, after: string | null) {
  let query = db
    .selectFrom('buildings')
    .select(['id', 'lat', 'lon', 'state', 'network', 'address'])
    .orderBy('id')
    .limit(BUILDING_PAGE);
  if (after !== null) query = query.where('id', '>', after);
  return query.execute();
}

async function allBuildings(db: Kysely<DB>) {
  const all: Awaited<ReturnType<typeof buildingPage>> = [];
  for (let after: string | null = null; ;) {
    const page = await buildingPage(db, after);
    for (const row of page) all.push(row);
    const last = page.at(-1);
    if (page.length < BUILDING_PAGE || !last) return all;
    after = last.id;
    await yieldToEventLoop();
  }
}

export async function loadCoverage(db: Kysely<DB>): Promise<CoverageData> {
  const [sites, sectors, buildings, zones, asOf] = await Promise.all([
    db
      .selectFrom('sites')
      .select(['id', 'name', 'lat', 'lon', 'ground_altitude_m', 'mast_height_m'])
      // Planned and decommissioned relays, and planned sectors, serve nobody (yet, or any more).
      .where('status', '=', 'active')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sectors')
      .select(['id', 'site_id', 'name', 'azimuth_deg', 'beamwidth_deg', 'range_m', 'full', 'frequency_mhz'])
      .where('planned', '=', false)
      .where('site_id', 'in', (eb) => eb.selectFrom('sites').select('id').where('status', '=', 'active'))
      .orderBy('id')
      .execute(),
    allBuildings(db),
    db.selectFrom('fibre_zones').select(['id', 'name', 'status', 'geometry']).orderBy('id').execute(),
    dataAsOf(db),
  ]);
  return {
    dataAsOf: asOf,
    sites: sites.map((s) => ({
      id: s.id,
      name: s.name,
      lat: s.lat,
      lon: s.lon,
      groundAltitudeM: s.ground_altitude_m,
      mastHeightM: s.mast_height_m,
    })),
    sectors: sectors.map((s) => ({
      id: s.id,
      siteId: s.site_id,
      name: s.name,
      azimuthDeg: s.azimuth_deg,
      beamwidthDeg: s.beamwidth_deg,
      rangeM: s.range_m,
      full: s.full,
      frequencyMHz: s.frequency_mhz,
    })),
    buildings: buildings.map((b) => ({
      id: b.id,
      lat: b.lat,
      lon: b.lon,
      state: b.state,
      network: b.network,
      address: b.address,
    })),
    fibreZones: zones.map((z) => ({
      id: z.id,
      name: z.name,
      status: z.status,
      // Validated on import; parsed again because jsonb comes back untyped.
      geometry: fibreZoneGeometry.parse(z.geometry),
    })),
  };
}

/** The date of the newest change to coverage data (ISO), shown to the public as "data as of". */
async function dataAsOf(db: Kysely<DB>): Promise<string> {
  const row = await sql<{ at: Date | null }>`
    select greatest(
      (select max(updated_at) from sites), (select max(updated_at) from sectors),
      (select max(updated_at) from buildings), (select max(updated_at) from fibre_zones)) as at`.execute(db);
  return (row.rows[0]?.at ?? new Date(0)).toISOString();
}
