// geographiclib-geodesic ships as CommonJS: Node's ESM loader only exposes its default export,
// bundlers expose both, so the default import is the one form that works everywhere.
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;
const wgs84 = Geodesic.WGS84;
const DISTANCE_AZIMUTH = Geodesic.DISTANCE | Geodesic.AZIMUTH;
const LAT_LON = Geodesic.LATITUDE | Geodesic.LONGITUDE;

export interface GeodesicResult {
  distanceM: number;
  /** Forward azimuth at the first point, degrees clockwise from true north, in [0, 360). */
  bearingDeg: number;
}

export interface LatLon {
  lat: number;
  lon: number;
}

export function normaliseBearing(deg: number): number {
  const r = deg % 360;
  // `+ 0` folds -0 into 0 so callers never see "-0°".
  return (r < 0 ? r + 360 : r) + 0;
}

/** Geodesic (WGS84) distance and initial bearing from (lat1, lon1) to (lat2, lon2). */
export function inverse(lat1: number, lon1: number, lat2: number, lon2: number): GeodesicResult {
  const r = wgs84.Inverse(lat1, lon1, lat2, lon2, DISTANCE_AZIMUTH);
  return { distanceM: r.s12 ?? 0, bearingDeg: normaliseBearing(r.azi1 ?? 0) };
}

/** Geodesic distance only (cheaper to read than `inverse` when the bearing is not needed). */
export function distanceM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return wgs84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE).s12 ?? 0;
}

/** The point reached from (lat, lon) after `distM` metres along initial bearing `bearingDeg`. */
export function direct(lat: number, lon: number, bearingDeg: number, distM: number): LatLon {
  const r = wgs84.Direct(lat, lon, bearingDeg, distM, LAT_LON);
  return { lat: r.lat2 ?? lat, lon: r.lon2 ?? lon };
}

/**
 * Points every ~`stepM` metres strictly between two ends of a geodesic, with their distance from
 * the start. Used to sample terrain along a radio path.
 */
export function interiorSamples(from: LatLon, to: LatLon, stepM: number): (LatLon & { s: number })[] {
  const line = wgs84.InverseLine(from.lat, from.lon, to.lat, to.lon, LAT_LON | Geodesic.DISTANCE_IN);
  const total = line.s13;
  const segments = Math.ceil(total / stepM);
  const out: (LatLon & { s: number })[] = [];
  for (let i = 1; i < segments; i++) {
    const s = (total * i) / segments;
    const p = line.Position(s, LAT_LON);
    out.push({ lat: p.lat2 ?? from.lat, lon: p.lon2 ?? from.lon, s });
  }
  return out;
}

// WGS84 radii of curvature, for the cheap planar approximations used by prefilters.
const A = 6378137;
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
const RAD = Math.PI / 180;

/** Metres per degree of latitude (meridional) and of longitude (at that latitude). */
export function metresPerDegree(lat: number): { lat: number; lon: number } {
  const s = Math.sin(lat * RAD);
  const w = 1 - E2 * s * s;
  const meridional = (A * (1 - E2)) / (w * Math.sqrt(w));
  const normal = A / Math.sqrt(w);
  return { lat: meridional * RAD, lon: normal * Math.cos(lat * RAD) * RAD };
}
