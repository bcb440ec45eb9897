// IPE coordinates come in WGS84 degrees or in Lambert-93 metres, as `TypeProjectionGeographique` says.
import proj4 from 'proj4';

export type Projection = 'wgs84' | 'lambert93';

// RGF93 / Lambert-93 (EPSG:2154), from the EPSG registry. RGF93 and WGS84 agree to a few centimetres,
// hence the null datum shift.
proj4.defs(
  'EPSG:2154',
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs',
);
const toWgs84 = proj4('EPSG:2154', 'EPSG:4326');

/** Where Lambert-93 is defined (metropolitan France and its margins), from the EPSG area of use, widened. */
const L93_BOUNDS = { minX: 0, maxX: 1_400_000, minY: 6_000_000, maxY: 7_200_000 };

/**
 * "WGS84", "WGS 84", "EPSG:4326", "4326" → wgs84; "L93", "Lambert93", "RGF93 / Lambert-93",
 * "EPSG:2154", "2154" → lambert93; anything else → null (the line is rejected).
 */
export function parseProjection(value: string): Projection | null {
  const v = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (/^(EPSG)?4326$/.test(v) || /^WGS84/.test(v) || v === 'GPS') return 'wgs84';
  if (/^(EPSG)?2154$/.test(v) || /^(RGF93)?(L93|LAMBERT93)$/.test(v) || v === 'RGF93') return 'lambert93';
  return null;
}

export type PositionResult = { ok: true; lat: number; lon: number } | { ok: false; reason: string };

/** Lat/lon (WGS84) of a coordinate pair in the given projection, with a reason when it is not usable. */
export function toLatLon(x: number, y: number, projection: Projection): PositionResult {
  if (projection === 'wgs84') {
    if (Math.abs(x) > 180 || Math.abs(y) > 90)
      return { ok: false, reason: `coordinates ${x}, ${y} out of WGS84 range (lon, lat)` };
    return { ok: true, lat: y, lon: x };
  }
  if (x < L93_BOUNDS.minX || x > L93_BOUNDS.maxX || y < L93_BOUNDS.minY || y > L93_BOUNDS.maxY) {
    return { ok: false, reason: `coordinates ${x}, ${y} outside Lambert-93 extent` };
  }
  const [lon, lat] = toWgs84.forward([x, y]);
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return { ok: false, reason: `coordinates ${x}, ${y} cannot be reprojected` };
  }
  // Centimetre precision is plenty for a building and keeps re-imports byte-identical.
  return { ok: true, lat: round7(lat), lon: round7(lon) };
}

export function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}
