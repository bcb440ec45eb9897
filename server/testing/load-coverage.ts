// Writes a coverage data set (synthetic, usually) straight into a database's network tables: what the
// HTTP benchmark and the department-sized browser tests start from. One mapping from coverage to rows.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import * as repo from '../repositories/network-import.repository.ts';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';

export async function loadCoverage(db: Kysely<DB>, coverage: CoverageData, source: string): Promise<void> {
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
      source,
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
}
