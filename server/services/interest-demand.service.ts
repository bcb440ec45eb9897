// The public demand map: registrations counted per H3 hexagon, never a point or a personal field.
//
// k-anonymity: a cell with fewer than DEMAND_MIN_COUNT registrations says "1-2" instead of a number,
// and so does each per-kind count; cells with none are absent. Resolution 7 (~5 km², the default)
// or 8 (~0.7 km²) at most: a finer grid would single out houses.
//
// The bbox cannot be used to cut a cell: cells are returned whole (every registration of a returned
// cell is read), so sliding the box edge across a cell never reveals where in it people live.
import { cellToBoundary, cellToLatLng, getHexagonEdgeLengthAvg, latLngToCell, UNITS } from 'h3-js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { metresPerDegree } from '../../shared/eligibility/geo.ts';
import {
  DEMAND_MIN_COUNT,
  type Bbox,
  type DemandCell,
  type DemandCount,
  type InterestDemandOutput,
  type InterestKind,
} from '../../shared/schemas/interest.ts';
import { demandPoints } from '../repositories/interest.repository.ts';

const DEFAULT_DEMAND_RESOLUTION = 7;

export function bucketed(n: number): DemandCount {
  if (n === 0) return { count: 0, bucket: null };
  return n < DEMAND_MIN_COUNT ? { count: null, bucket: '1-2' } : { count: n, bucket: null };
}

/** The box widened by `metres` on every side (measured where a degree of longitude is shortest). */
export function grow(b: Bbox, metres: number): Bbox {
  const lat = metres / metresPerDegree(0).lat;
  const poleward = Math.min(Math.max(Math.abs(b.south), Math.abs(b.north)) + lat, 89.9);
  const lon = metres / Math.max(metresPerDegree(poleward).lon, 1);
  return {
    south: Math.max(b.south - lat, -90),
    north: Math.min(b.north + lat, 90),
    west: Math.max(b.west - lon, -180),
    east: Math.min(b.east + lon, 180),
  };
}

const inBox = (b: Bbox, lat: number, lon: number) =>
  lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Counts per cell; with `keep`, only cells whose centre lies in it. Sorted by cell id. */
export function aggregateDemand(
  points: readonly { lat: number; lon: number; kind: InterestKind }[],
  resolution: number,
  keep: Bbox | null,
): DemandCell[] {
  const cells = new Map<string, { connect: number; share: number }>();
  for (const p of points) {
    const h3 = latLngToCell(p.lat, p.lon, resolution);
    const c = cells.get(h3) ?? { connect: 0, share: 0 };
    c[p.kind]++;
    cells.set(h3, c);
  }
  const out: DemandCell[] = [];
  for (const [h3, c] of [...cells].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [lat, lon] = cellToLatLng(h3);
    if (keep && !inBox(keep, lat, lon)) continue;
    const ring = cellToBoundary(h3).map(([a, o]): [number, number] => [round6(a), round6(o)]);
    const first = ring[0];
    out.push({
      h3,
      center: { lat: round6(lat), lon: round6(lon) },
      boundary: first ? [...ring, first] : ring,
      total: bucketed(c.connect + c.share),
      connect: bucketed(c.connect),
      share: bucketed(c.share),
    });
  }
  return out;
}

export async function interestDemand(
  db: Kysely<DB>,
  input: { bbox?: Bbox; resolution?: number },
  now = new Date(),
): Promise<InterestDemandOutput> {
  const resolution = input.resolution ?? DEFAULT_DEMAND_RESOLUTION;
  // A cell's points lie within about one edge length of its centre (H3 cells vary in size by up to
  // ~2×, hence the margins): cells centred in bbox + 2 edges are kept, points in bbox + 5 edges read.
  const edge = getHexagonEdgeLengthAvg(resolution, UNITS.m);
  const keep = input.bbox ? grow(input.bbox, 2 * edge) : null;
  const read = input.bbox ? grow(input.bbox, 5 * edge) : null;
  const points = await demandPoints(db, read, now);
  return { resolution, minCount: DEMAND_MIN_COUNT, cells: aggregateDemand(points, resolution, keep) };
}
