// The eligibility engine: indexes built once per data snapshot, then each check touches only the
// few sectors, buildings and zones near the point. Same code on the server and in the PWA.
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import { decide } from './decide.ts';
import { BUILDING_MATCH_RADIUS_M, geometryBounds, pointInGeometry, type BuildingHit } from './fibre.ts';
import { distanceM, metresPerDegree } from './geo.ts';
import type {
  CoverageData,
  EligibilityCheckInput,
  EligibilityResult,
  FibreBuilding,
  FibreZone,
} from '../schemas/eligibility.ts';
import { hasFibre, NEARBY_FIBRE_M, sectorsBySite, type NearbyContext } from './nearby.ts';
import { createSectorIndex } from './sector-index.ts';
import type { TerrainModel } from './terrain.ts';

interface EligibilityIndexStats {
  sites: number;
  sectors: number;
  /** Sectors whose site is missing from the data: they cannot be placed and are ignored. */
  ignoredSectors: number;
  buildings: number;
  fibreZones: number;
  terrain: boolean;
  buildMs: number;
}

export interface EligibilityIndex {
  /** `input` is expected to satisfy `eligibilityCheckInput` (validated at the edge). */
  check(input: EligibilityCheckInput): EligibilityResult;
  stats: EligibilityIndexStats;
}

export interface EligibilityIndexOptions {
  terrain?: TerrainModel;
}

interface BuildingIndex {
  /** The nearest building within the 30 m match radius (contract §4). */
  nearest(lat: number, lon: number): BuildingHit | null;
  /** The nearest building with fibre within NEARBY_FIBRE_M, for a "not covered" answer. */
  nearestFibre(lat: number, lon: number): BuildingHit | null;
}

/** The lon/lat box ids around a point, `radiusM` (plus 1 %) on each side, across the antimeridian. */
function boxAround(index: KDBush, lat: number, lon: number, radiusM: number): number[] {
  // Sized with the WGS84 radii of curvature (a degree of longitude measured at the box edge nearer
  // the pole, where it is shortest). geokdbush's `around` would do the same job but measured
  // 15–20 µs a query here against 0.3 µs for this.
  const r = radiusM * 1.01;
  const dLat = r / metresPerDegree(lat).lat;
  const poleward = Math.min(Math.abs(lat) + dLat, 90);
  const lonMetres = metresPerDegree(poleward).lon;
  const dLon = lonMetres > 1e-6 ? r / lonMetres : 360;
  const ids = index.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
  if (lon - dLon < -180) ids.push(...index.range(lon - dLon + 360, lat - dLat, 180, lat + dLat));
  if (lon + dLon > 180) ids.push(...index.range(-180, lat - dLat, lon + dLon - 360, lat + dLat));
  return ids;
}

function createBuildingIndex(buildings: readonly FibreBuilding[]): BuildingIndex {
  if (buildings.length === 0) return { nearest: () => null, nearestFibre: () => null };
  const index = new KDBush(buildings.length);
  for (const b of buildings) index.add(b.lon, b.lat);
  index.finish();
  const nearestIn = (lat: number, lon: number, radiusM: number, keep: (b: FibreBuilding) => boolean) => {
    let best: BuildingHit | null = null;
    let bestIndex = -1;
    for (const i of boxAround(index, lat, lon, radiusM)) {
      const b = buildings[i];
      if (!b || !keep(b)) continue;
      // Same call, same argument order as the naive reference, so ties resolve identically.
      const d = distanceM(lat, lon, b.lat, b.lon);
      if (d > radiusM) continue;
      if (!best || d < best.distanceM || (d === best.distanceM && i < bestIndex)) {
        best = { building: b, distanceM: d };
        bestIndex = i;
      }
    }
    return best;
  };
  const any = () => true;
  return {
    nearest: (lat, lon) => nearestIn(lat, lon, BUILDING_MATCH_RADIUS_M, any),
    nearestFibre(lat, lon) {
      // Widening boxes: a hit within the box's radius is the nearest of all, so a town's dense
      // streets are not all measured when fibre is next door.
      for (const radiusM of [500, 2000, NEARBY_FIBRE_M]) {
        const hit = nearestIn(lat, lon, radiusM, hasFibre);
        if (hit) return hit;
      }
      return null;
    },
  };
}

function createZoneIndex(zones: readonly FibreZone[]): (lat: number, lon: number) => FibreZone[] {
  if (zones.length === 0) return () => [];
  const tree = new Flatbush(zones.length);
  for (const z of zones) tree.add(...geometryBounds(z.geometry));
  tree.finish();
  return (lat, lon) => {
    const found: FibreZone[] = [];
    // Ascending ids = data order, which decides between overlapping zones.
    for (const i of tree.search(lon, lat, lon, lat).sort((a, b) => a - b)) {
      const z = zones[i];
      if (z && pointInGeometry(z.geometry, lon, lat)) found.push(z);
    }
    return found;
  };
}

export function createEligibilityIndex(
  data: CoverageData,
  options: EligibilityIndexOptions = {},
): EligibilityIndex {
  const started = performance.now();
  const sectors = createSectorIndex(data.sites, data.sectors);
  const buildingIndex = createBuildingIndex(data.buildings);
  const zonesAt = createZoneIndex(data.fibreZones);
  const nearby: NearbyContext = {
    sites: data.sites,
    sectorsBySite: sectorsBySite(data.sectors),
    zones: data.fibreZones,
    nearestFibreBuilding: buildingIndex.nearestFibre,
  };
  const { terrain } = options;
  const stats: EligibilityIndexStats = {
    sites: data.sites.length,
    sectors: data.sectors.length - sectors.orphans,
    ignoredSectors: sectors.orphans,
    buildings: data.buildings.length,
    fibreZones: data.fibreZones.length,
    terrain: terrain !== undefined,
    buildMs: performance.now() - started,
  };

  return {
    stats,
    check({ lat, lon, lang }) {
      return decide(
        {
          lat,
          lon,
          radio: sectors.covering(lat, lon),
          building: buildingIndex.nearest(lat, lon),
          zones: zonesAt(lat, lon),
        },
        { lang: lang ?? 'fr', dataAsOf: data.dataAsOf, terrain, nearby },
      );
    },
  };
}
