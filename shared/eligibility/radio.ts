import { direct, inverse, normaliseBearing } from './geo.ts';
import type { RadioSector, RadioSite } from '../schemas/eligibility.ts';

/** A sector that geometrically covers a point, with the geodesic numbers that decided it. */
export interface RadioHit {
  site: RadioSite;
  sector: RadioSector;
  distanceM: number;
  /** Undefined only when the point is the site itself, where no bearing exists. */
  bearingDeg: number | undefined;
}

/** Smallest absolute angle between two bearings, in [0, 180]. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs(normaliseBearing(a) - normaliseBearing(b));
  return d > 180 ? 360 - d : d;
}

/** Edges are inclusive; a beam of 360° or more is omnidirectional. */
export function bearingInBeam(bearingDeg: number, sector: RadioSector): boolean {
  if (sector.beamwidthDeg >= 360) return true;
  return angleBetween(bearingDeg, sector.azimuthDeg) <= sector.beamwidthDeg / 2;
}

/**
 * The reference rule (contract §4): geodesic distance ≤ range and bearing within half the beam.
 * The point at the site itself is covered by every sector of that site.
 */
export function sectorCovers(
  site: RadioSite,
  sector: RadioSector,
  lat: number,
  lon: number,
): RadioHit | null {
  const g = inverse(site.lat, site.lon, lat, lon);
  if (g.distanceM > sector.rangeM) return null;
  if (g.distanceM === 0) return { site, sector, distanceM: 0, bearingDeg: undefined };
  if (!bearingInBeam(g.bearingDeg, sector)) return null;
  return { site, sector, distanceM: g.distanceM, bearingDeg: g.bearingDeg };
}

/**
 * The coverage wedge as a closed ring of [lat, lon] (Leaflet order): site, arc points from one beam
 * edge to the other along geodesics, back to the site. An omnidirectional sector gives a circle.
 */
export function sectorWedge(
  site: Pick<RadioSite, 'lat' | 'lon'>,
  sector: Pick<RadioSector, 'azimuthDeg' | 'beamwidthDeg' | 'rangeM'>,
  steps = 24,
): [number, number][] {
  const n = Math.max(1, Math.floor(steps));
  const omni = sector.beamwidthDeg >= 360;
  const width = Math.min(sector.beamwidthDeg, 360);
  const start = sector.azimuthDeg - width / 2;
  const arc: [number, number][] = [];
  // A circle needs no apex and its last arc point would duplicate the first.
  const count = omni ? n : n + 1;
  for (let i = 0; i < count; i++) {
    const p = direct(site.lat, site.lon, normaliseBearing(start + (width * i) / n), sector.rangeM);
    arc.push([p.lat, p.lon]);
  }
  const first = arc[0];
  if (omni) return first ? [...arc, first] : arc;
  return [[site.lat, site.lon], ...arc, [site.lat, site.lon]];
}
