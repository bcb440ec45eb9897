// The network as this phone holds it (synced rows of the technician's zones), in the shape the shared
// eligibility engine reads: the technician's answer comes from the same engine as the public page's.
import type { TerrainDb } from '../../sync/db.ts';
import { getMeta } from '../../sync/meta.ts';
import { fibreZoneGeometry, type CoverageData } from '../../../shared/schemas/eligibility.ts';
import type { FibrePoint } from '../../../shared/schemas/fibre-points.ts';
import type { Building, Sector, Site } from '../../../shared/schemas/sync.ts';

export interface DeviceNetwork {
  coverage: CoverageData;
  sites: ReadonlyMap<string, Site>;
  sectors: ReadonlyMap<string, Sector>;
  buildings: ReadonlyMap<string, Building>;
  fibrePoints: readonly FibrePoint[];
}

export function toDeviceNetwork(
  rows: {
    sites: Site[];
    sectors: Sector[];
    buildings: Building[];
    fibreZones: { id: string; name: string; status: 'available' | 'planned'; geometry: unknown }[];
    fibrePoints: FibrePoint[];
  },
  dataAsOf: string,
): DeviceNetwork {
  const siteIds = new Set(rows.sites.map((s) => s.id));
  const coverage: CoverageData = {
    dataAsOf,
    sites: rows.sites.map((s) => ({
      id: s.id,
      name: s.name,
      lat: s.position.lat,
      lon: s.position.lon,
      groundAltitudeM: s.groundAltitudeM,
      mastHeightM: s.mastHeightM,
    })),
    // A sector whose relay is outside the phone's zones cannot be placed: left out, as the engine asks.
    sectors: rows.sectors
      .filter((s) => siteIds.has(s.siteId))
      .map((s) => ({
        id: s.id,
        siteId: s.siteId,
        name: s.name,
        azimuthDeg: s.azimuthDeg,
        beamwidthDeg: s.beamwidthDeg,
        rangeM: s.rangeM,
        full: s.full,
        frequencyMHz: s.frequencyMHz,
      })),
    buildings: rows.buildings.map((b) => ({
      id: b.id,
      lat: b.position.lat,
      lon: b.position.lon,
      state: b.state,
      network: b.network,
      address: b.address,
    })),
    fibreZones: rows.fibreZones.flatMap((z) => {
      const geometry = fibreZoneGeometry.safeParse(z.geometry);
      return geometry.success ? [{ id: z.id, name: z.name, status: z.status, geometry: geometry.data }] : [];
    }),
  };
  return {
    coverage,
    sites: new Map(rows.sites.map((s) => [s.id, s])),
    sectors: new Map(rows.sectors.map((s) => [s.id, s])),
    buildings: new Map(rows.buildings.map((b) => [b.id, b])),
    fibrePoints: rows.fibrePoints,
  };
}

export async function readDeviceNetwork(db: TerrainDb): Promise<DeviceNetwork> {
  const [sites, sectors, buildings, fibreZones, fibrePoints, lastSyncAt] = await Promise.all([
    db.sites.toArray(),
    db.sectors.toArray(),
    db.buildings.toArray(),
    db.fibre_zones.toArray(),
    db.fibre_points.toArray(),
    getMeta(db, 'lastSyncAt'),
  ]);
  return toDeviceNetwork(
    { sites, sectors, buildings, fibreZones, fibrePoints },
    lastSyncAt ?? new Date().toISOString(),
  );
}
