// Small hand-made coverage around real Yonne places, for the engine's tests.
import { direct } from '../geo.ts';
import type { CoverageData, FibreBuilding, RadioSector, RadioSite } from '../../schemas/eligibility.ts';

/** The relay on the water tower at Jussy (Yonne). */
export const JUSSY: RadioSite = { id: 'jussy', name: 'Jussy', lat: 47.7144, lon: 3.5706 };
/** Another relay, at Coulanges-la-Vineuse, ~4 km to the south-west. */
export const COULANGES: RadioSite = {
  id: 'coulanges',
  name: 'Coulanges-la-Vineuse',
  lat: 47.7042,
  lon: 3.5285,
};

export function sector(fields: Partial<RadioSector> & Pick<RadioSector, 'id'>): RadioSector {
  return { siteId: JUSSY.id, azimuthDeg: 120, beamwidthDeg: 60, rangeM: 5000, full: false, ...fields };
}

export function building(
  fields: Partial<FibreBuilding> & Pick<FibreBuilding, 'id' | 'lat' | 'lon'>,
): FibreBuilding {
  return { state: 'deployed', ...fields };
}

export function coverage(fields: Partial<CoverageData> = {}): CoverageData {
  return {
    dataAsOf: '2026-03-01',
    sites: [JUSSY, COULANGES],
    sectors: [],
    buildings: [],
    fibreZones: [],
    ...fields,
  };
}

/** The point `distanceM` metres from `from` along the geodesic leaving it at `bearingDeg`. */
export function at(
  from: { lat: number; lon: number },
  bearingDeg: number,
  distanceM: number,
): { lat: number; lon: number } {
  return direct(from.lat, from.lon, bearingDeg, distanceM);
}

/** A closed lon/lat ring: a square `halfSideM` either side of the centre (approximately). */
export function squareRing(centre: { lat: number; lon: number }, halfSideM: number): [number, number][] {
  const n = at(centre, 0, halfSideM).lat;
  const s = at(centre, 180, halfSideM).lat;
  const e = at(centre, 90, halfSideM).lon;
  const w = at(centre, 270, halfSideM).lon;
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}
