// The reference: the rules of contract §4 applied to every site, sector, building and zone, with
// no index and no shortcut. Slow by design; tests and the benchmark measure the engine against it.
import { decide } from '../decide.ts';
import { BUILDING_MATCH_RADIUS_M, pointInGeometry, type BuildingHit } from '../fibre.ts';
import { distanceM } from '../geo.ts';
import { hasFibre, NEARBY_FIBRE_M, sectorsBySite, type NearbyContext } from '../nearby.ts';
import { sectorCovers, type RadioHit } from '../radio.ts';
import type { CoverageData, EligibilityCheckInput, EligibilityResult } from '../../schemas/eligibility.ts';
import type { TerrainModel } from '../terrain.ts';

export function naiveCheck(
  data: CoverageData,
  input: EligibilityCheckInput,
  options: { terrain?: TerrainModel } = {},
): EligibilityResult {
  const { lat, lon } = input;

  const radio: RadioHit[] = [];
  for (const sector of data.sectors) {
    const site = data.sites.find((s) => s.id === sector.siteId);
    const hit = site ? sectorCovers(site, sector, lat, lon) : null;
    if (hit) radio.push(hit);
  }

  // Nearest wins; on an exact tie the first building in data order does.
  let building: BuildingHit | null = null;
  for (const b of data.buildings) {
    const d = distanceM(lat, lon, b.lat, b.lon);
    if (d <= BUILDING_MATCH_RADIUS_M && (!building || d < building.distanceM)) {
      building = { building: b, distanceM: d };
    }
  }

  const zones = data.fibreZones.filter((z) => pointInGeometry(z.geometry, lon, lat));

  const nearby: NearbyContext = {
    sites: data.sites,
    sectorsBySite: sectorsBySite(data.sectors),
    zones: data.fibreZones,
    nearestFibreBuilding(lat, lon) {
      let best: BuildingHit | null = null;
      for (const b of data.buildings) {
        if (!hasFibre(b)) continue;
        const d = distanceM(lat, lon, b.lat, b.lon);
        if (d <= NEARBY_FIBRE_M && (!best || d < best.distanceM)) best = { building: b, distanceM: d };
      }
      return best;
    },
  };

  return decide(
    { lat, lon, radio, building, zones },
    { lang: input.lang ?? 'fr', dataAsOf: data.dataAsOf, terrain: options.terrain, nearby },
  );
}
