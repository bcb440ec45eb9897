// The indexed engine must answer exactly as the naive scan of contract §4 everywhere: on random
// points, and above all where the index's shortcuts could go wrong — just around beam edges,
// range limits and the 30 m building radius.
import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from './engine.ts';
import { at } from './testing/fixtures.ts';
import { naiveCheck } from './testing/naive.ts';
import type { CoverageData } from '../schemas/eligibility.ts';
import { seededRandom, syntheticCoverage, YONNE } from './testing/synthetic.ts';
import type { TerrainModel } from './terrain.ts';

type Point = { lat: number; lon: number };

function testPoints(data: CoverageData, count: number, seed: number): Point[] {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rnd() * items.length)];
  const sites = new Map(data.sites.map((s) => [s.id, s]));
  const points: Point[] = [];
  while (points.length < count) {
    const kind = points.length % 4;
    if (kind === 0) {
      points.push({
        lat: YONNE.minLat + (YONNE.maxLat - YONNE.minLat) * rnd(),
        lon: YONNE.minLon + (YONNE.maxLon - YONNE.minLon) * rnd(),
      });
    } else if (kind === 1) {
      // Around a building, within and beyond the 30 m radius.
      const b = pick(data.buildings);
      if (b) points.push(at(b, rnd() * 360, rnd() * 45));
    } else {
      // Just inside or outside a beam edge (kind 2) or the range limit (kind 3).
      const s = pick(data.sectors);
      const site = s && sites.get(s.siteId);
      if (!s || !site) continue;
      const nudge = (rnd() - 0.5) * (rnd() < 0.5 ? 0.02 : 2);
      const edge = s.azimuthDeg + (rnd() < 0.5 ? -1 : 1) * (s.beamwidthDeg / 2);
      points.push(
        kind === 2
          ? at(site, (((edge + nudge) % 360) + 360) % 360, rnd() * s.rangeM)
          : at(site, s.azimuthDeg + (rnd() - 0.5) * s.beamwidthDeg, s.rangeM + nudge),
      );
    }
  }
  return points;
}

const signature = (r: ReturnType<typeof naiveCheck>) => ({
  verdict: r.verdict,
  options: r.options.map((o) => `${o.technology}:${o.status}:${o.sectorId ?? o.buildingId ?? o.zoneId}`),
});

describe('indexed check = naive scan', () => {
  const data = syntheticCoverage({ seed: 89, sites: 40, sectors: 130, buildings: 2000, fibreZones: 24 });

  it('on 2,000 random and edge points', () => {
    const index = createEligibilityIndex(data);
    const points = testPoints(data, 2000, 7);
    const verdicts = new Set<string>();
    for (const point of points) {
      const naive = naiveCheck(data, point);
      const indexed = index.check(point);
      // Signatures first for a readable failure, then everything, numbers and texts included.
      expect(signature(indexed), JSON.stringify(point)).toEqual(signature(naive));
      expect(indexed).toEqual(naive);
      verdicts.add(indexed.verdict);
    }
    // The points must exercise every outcome, or the comparison proves little.
    expect([...verdicts].sort()).toEqual(['fibre', 'none', 'planned', 'radio']);
  }, 60_000);

  it('with a terrain model, including the excluded sectors', () => {
    const hills: TerrainModel = {
      elevationAt: (lat, lon) => 150 + 60 * Math.sin(lat * 400) * Math.cos(lon * 300),
    };
    const index = createEligibilityIndex(data, { terrain: hills });
    let excluded = 0;
    for (const point of testPoints(data, 200, 11)) {
      const indexed = index.check(point);
      expect(indexed).toEqual(naiveCheck(data, point, { terrain: hills }));
      excluded += indexed.excluded.length;
    }
    expect(excluded).toBeGreaterThan(0);
  }, 60_000);
});
