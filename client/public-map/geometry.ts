// Coverage data → what Leaflet draws. Pure, so it is tested without a browser.
import type { BuildingState, CoverageData, FibreZoneGeometry } from '../../shared/schemas/eligibility.ts';

export type LatLng = [number, number];

/** GeoJSON [lon, lat, …] rings → Leaflet [lat, lon] polygons (a Polygon gives one entry). */
export function zoneLatLngs(geometry: FibreZoneGeometry): LatLng[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]): LatLng => [lat, lon])));
}

/** The states drawn on the public map; abandoned buildings are not shown (nothing to offer there). */
export type VisibleBuildingState = Exclude<BuildingState, 'abandoned'>;
export function isVisibleBuilding(state: BuildingState): state is VisibleBuildingState {
  return state !== 'abandoned';
}

/** South-west and north-east corners of the relays and visible buildings; null without any. */
export function dataBounds(coverage: CoverageData): [LatLng, LatLng] | null {
  const points: { lat: number; lon: number }[] = [
    ...coverage.sites,
    ...coverage.buildings.filter((b) => isVisibleBuilding(b.state)),
  ];
  if (points.length === 0) return null;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [
    [south, west],
    [north, east],
  ];
}

/** "Jussy — clocher" → "Jussy": the village is what people recognise on a map label. */
export function shortSiteName(name: string): string {
  return name.split(/\s[—–-]\s/)[0]?.trim() || name;
}
