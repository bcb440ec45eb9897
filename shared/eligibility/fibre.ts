import type { BuildingState, FibreBuilding, FibreZone, FibreZoneGeometry } from '../schemas/eligibility.ts';

/** contract §4: only the nearest building within this distance decides fibre eligibility. */
export const BUILDING_MATCH_RADIUS_M = 30;

/** The nearest building within the match radius, with its geodesic distance. */
export interface BuildingHit {
  building: FibreBuilding;
  distanceM: number;
}

export type FibreStatus = 'available' | 'planned';

/** What a building's state means for the person standing there; null: no fibre option at all. */
export function buildingFibreStatus(state: BuildingState): FibreStatus | null {
  switch (state) {
    case 'deployed':
      return 'available';
    case 'signed':
    case 'in_progress':
    case 'targeted':
      return 'planned';
    case 'abandoned':
      return null;
  }
}

type Ring = readonly (readonly [number, number, ...number[]])[];

/** Even-odd ray casting in the lon/lat plane; the ring may or may not repeat its first point. */
function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [ax, ay] = a;
    const [bx, by] = b;
    if (ay > lat !== by > lat && lon < ((bx - ax) * (lat - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
function inPolygon(rings: readonly Ring[], lon: number, lat: number): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !inRing(outer, lon, lat)) return false;
  return !holes.some((hole) => inRing(hole, lon, lat));
}

export function pointInGeometry(geometry: FibreZoneGeometry, lon: number, lat: number): boolean {
  if (geometry.type === 'Polygon') return inPolygon(geometry.coordinates, lon, lat);
  return geometry.coordinates.some((polygon) => inPolygon(polygon, lon, lat));
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of the outer rings (holes lie inside them). */
export function geometryBounds(geometry: FibreZoneGeometry): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/**
 * When several zones contain the point, an available zone beats a planned one, then the first in
 * data order wins: `zones` must be given in data order for naive and indexed checks to agree.
 */
export function pickZone(zones: readonly FibreZone[]): FibreZone | null {
  return zones.find((z) => z.status === 'available') ?? zones[0] ?? null;
}
