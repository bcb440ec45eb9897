// Seeded, made-up coverage data over a region, for the equivalence tests and the benchmark.
// Buildings gather in villages as they do in the Yonne, so the kd-tree sees realistic clusters.
import type { BuildingState, CoverageData, FibreZone } from '../../schemas/eligibility.ts';

export interface Bounds {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

export const YONNE: Bounds = { minLat: 47.3, maxLat: 48.4, minLon: 2.8, maxLon: 4.3 };

/** mulberry32: tiny, fast, good enough for test data, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  seed: number;
  sites: number;
  sectors: number;
  buildings: number;
  fibreZones: number;
  bounds?: Bounds;
}

const STATES: readonly BuildingState[] = [
  'deployed',
  'deployed',
  'deployed',
  'signed',
  'in_progress',
  'targeted',
  'abandoned',
];

export function syntheticCoverage(o: SyntheticOptions): CoverageData {
  const rnd = seededRandom(o.seed);
  const b = o.bounds ?? YONNE;
  const between = (lo: number, hi: number): number => lo + (hi - lo) * rnd();
  const pick = <T>(items: readonly T[], fallback: T): T =>
    items[Math.floor(rnd() * items.length)] ?? fallback;

  const sites = Array.from({ length: o.sites }, (_, i) => ({
    id: `site-${i}`,
    name: `Relais ${i}`,
    lat: between(b.minLat, b.maxLat),
    lon: between(b.minLon, b.maxLon),
    groundAltitudeM: rnd() < 0.8 ? between(100, 300) : null,
    mastHeightM: rnd() < 0.8 ? between(10, 40) : null,
  }));

  const sectors = Array.from({ length: sites.length > 0 ? o.sectors : 0 }, (_, i) => {
    const omni = rnd() < 0.1;
    return {
      id: `sector-${i}`,
      siteId: `site-${i % sites.length}`,
      name: null,
      // Whole degrees sometimes, so beam edges fall exactly on round bearings as in real data.
      azimuthDeg: rnd() < 0.5 ? Math.floor(between(0, 360)) : between(0, 360),
      beamwidthDeg: omni ? 360 : pick([30, 45, 60, 90, 120], 60),
      rangeM: between(1500, 12000),
      full: rnd() < 0.15,
      frequencyMHz: rnd() < 0.7 ? between(5470, 5725) : null,
    };
  });

  const villages = Array.from({ length: Math.max(1, Math.ceil(o.buildings / 250)) }, () => ({
    lat: between(b.minLat, b.maxLat),
    lon: between(b.minLon, b.maxLon),
    spread: between(0.002, 0.01),
  }));
  const buildings = Array.from({ length: o.buildings }, (_, i) => {
    const v = pick(villages, { lat: b.minLat, lon: b.minLon, spread: 0.01 });
    // Sum of two uniforms: denser in the village centre, like real streets.
    const jitter = (): number => (rnd() + rnd() - 1) * v.spread;
    return {
      id: `imb-${i}`,
      lat: v.lat + jitter(),
      lon: v.lon + jitter() * 1.5,
      state: pick(STATES, 'deployed'),
      network: rnd() < 0.5 ? ('own' as const) : ('wholesale' as const),
      address: null,
    };
  });

  const fibreZones: FibreZone[] = Array.from({ length: o.fibreZones }, (_, i) => {
    const lat = between(b.minLat, b.maxLat);
    const lon = between(b.minLon, b.maxLon);
    const h = between(0.01, 0.05);
    const box = (cx: number, cy: number, r: number): [number, number][] => [
      [cx - r * 1.5, cy - r],
      [cx + r * 1.5, cy - r],
      [cx + r * 1.2, cy + r],
      [cx - r * 1.4, cy + r * 0.8],
      [cx - r * 1.5, cy - r],
    ];
    const status = rnd() < 0.5 ? ('available' as const) : ('planned' as const);
    const geometry =
      i % 3 === 2
        ? { type: 'MultiPolygon' as const, coordinates: [[box(lon, lat, h)], [box(lon + 4 * h, lat, h / 2)]] }
        : {
            type: 'Polygon' as const,
            coordinates: i % 3 === 1 ? [box(lon, lat, h), box(lon, lat, h / 3)] : [box(lon, lat, h)],
          };
    return { id: `zone-${i}`, name: `Zone ${i}`, status, geometry };
  });

  return { dataAsOf: '2026-03-01', sites, sectors, buildings, fibreZones };
}
