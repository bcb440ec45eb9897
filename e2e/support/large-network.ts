// A department-sized network for browser tests and the public-map benchmark: seeded synthetic
// relays and buildings written straight into a fresh embedded database, which a server then opens
// (the demo is not seeded over it: the database already has sites).
import { cpSync, existsSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import * as repo from '../../server/repositories/network-import.repository.ts';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { syntheticCoverage } from '../../shared/eligibility/testing/synthetic.ts';

export interface LargeNetwork {
  dataDir: string;
  coverage: CoverageData;
}

const optionsFor = (buildings: number, sites: number) =>
  ({ seed: 12, sites, sectors: sites * 3, buildings, fibreZones: 20 }) as const;

/**
 * A private copy of the network's database (made once per machine: loading 250,000 buildings takes
 * minutes on a busy 2-core box, copying the result a second). The caller removes `dataDir`.
 */
export async function largeNetworkCopy(buildings = 250_000, sites = 100): Promise<LargeNetwork> {
  const cached = join(tmpdir(), `terrain-e2e-large-${buildings}-v1`);
  if (!existsSync(cached)) {
    const fresh = await createLargeNetwork(buildings, sites);
    renameSync(fresh.dataDir, cached);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'terrain-large-copy-'));
  cpSync(cached, dataDir, { recursive: true });
  return { dataDir, coverage: syntheticCoverage(optionsFor(buildings, sites)) };
}

export async function createLargeNetwork(buildings = 250_000, sites = 100): Promise<LargeNetwork> {
  const dataDir = mkdtempSync(join(tmpdir(), 'terrain-large-'));
  const coverage = syntheticCoverage(optionsFor(buildings, sites));
  // Where the server looks for its embedded database (server/boot.ts).
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pgdata') });
  try {
    await migrate(database);
    const { db } = database;
    await repo.upsertSites(
      db,
      coverage.sites.map((s) => ({
        id: s.id,
        zone_id: null,
        name: s.name,
        lat: s.lat,
        lon: s.lon,
        support: null,
        host: null,
        ground_altitude_m: s.groundAltitudeM ?? null,
        mast_height_m: s.mastHeightM ?? null,
      })),
    );
    await repo.upsertSectors(
      db,
      coverage.sectors.map((s) => ({
        id: s.id,
        site_id: s.siteId,
        name: null,
        azimuth_deg: s.azimuthDeg % 360,
        beamwidth_deg: s.beamwidthDeg,
        range_m: s.rangeM,
        full: s.full,
        frequency_mhz: s.frequencyMHz ?? null,
      })),
    );
    await repo.upsertBuildings(
      db,
      coverage.buildings.map((b) => ({
        id: b.id,
        zone_id: null,
        state: b.state,
        network: b.network ?? 'own',
        operator: null,
        building_type: null,
        lat: b.lat,
        lon: b.lon,
        address: null,
        address_code: null,
        postcode: null,
        insee_code: null,
        city: null,
        pm_ref: null,
        pm_state: null,
        access: null,
        source: 'e2e',
      })),
    );
    await repo.upsertFibreZones(
      db,
      coverage.fibreZones.map((z) => ({
        id: z.id,
        name: z.name,
        status: z.status,
        geometry: JSON.stringify(z.geometry),
      })),
    );
  } finally {
    await database.close();
  }
  return { dataDir, coverage };
}
