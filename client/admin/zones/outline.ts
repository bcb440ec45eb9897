// Zone outlines in the console: from tapped corners or an imported GeoJSON file to the polygon the
// server stores, and a readable id for a new zone. Pure, unit-tested.
import { polygonGeometry, type PolygonGeometry } from '../../../shared/schemas/network.ts';
import { fold } from '../../technician/places.ts';

export interface Corner {
  lat: number;
  lon: number;
}

/** A closed GeoJSON ring (lon, lat; first corner repeated) from at least three tapped corners. */
export function outlineFromCorners(corners: readonly Corner[]): PolygonGeometry | null {
  if (corners.length < 3) return null;
  const ring: [number, number][] = corners.map((c) => [round(c.lon), round(c.lat)]);
  const first = ring[0];
  if (!first) return null;
  return { type: 'Polygon', coordinates: [[...ring, first]] };
}

/** The corners of an outline's first ring, to show and edit it (the closing corner dropped). */
export function cornersOf(geometry: PolygonGeometry | null): Corner[] {
  const ring = geometry?.type === 'Polygon' ? geometry.coordinates[0] : geometry?.coordinates[0]?.[0];
  return (ring ?? []).slice(0, -1).map(([lon, lat]) => ({ lat, lon }));
}

/** Every ring of every polygon as Leaflet [lat, lon] lists. */
export function ringsOf(geometry: PolygonGeometry): [number, number][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((p) => p.map((ring) => ring.map(([lon, lat]): [number, number] => [lat, lon])));
}

/**
 * The outline in an imported file: a Polygon or MultiPolygon, bare or in a Feature, or the first
 * polygon of a FeatureCollection. null when there is none (or it is not valid lon/lat).
 */
export function outlineFromGeoJson(text: string): PolygonGeometry | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const candidates: unknown[] = [];
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    if ('type' in v && v.type === 'FeatureCollection' && 'features' in v && Array.isArray(v.features))
      v.features.forEach(visit);
    else if ('type' in v && v.type === 'Feature' && 'geometry' in v) candidates.push(v.geometry);
    else candidates.push(v);
  };
  visit(value);
  for (const c of candidates) {
    const parsed = polygonGeometry.safeParse(c);
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** `Vallée du Serein` → `zone-vallee-du-serein`, suffixed when taken. */
export function zoneIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  const base = `zone-${slug || 'nouvelle'}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
