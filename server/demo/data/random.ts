// Deterministic helpers: draws from one seeded PRNG (shared/eligibility/synthetic.ts seededRandom) and
// flat-earth geometry. No clock, no Math.random.
import type { Position } from './types.ts';

export type Rng = () => number;

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range (${items.length})`);
  return item;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return at(items, Math.floor(rng() * items.length));
}

export function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return at(entries, entries.length - 1)[0];
}

export const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

// Local flat-earth projection around a point: good to a few centimetres over 2 km.
export const M_PER_DEG_LAT = 111_320;
export function offset(origin: Position, eastM: number, northM: number): Position {
  const [lon, lat] = origin;
  return [lon + eastM / (M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180)), lat + northM / M_PER_DEG_LAT];
}
export function distanceM(a: Position, b: Position): number {
  const midLat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const dx = (a[0] - b[0]) * M_PER_DEG_LAT * Math.cos(midLat);
  const dy = (a[1] - b[1]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}
