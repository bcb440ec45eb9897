import { describe, expect, it } from 'vitest';
import type { FibreBuilding } from '../../shared/schemas/eligibility.ts';
import { clusterBuildings } from './clusters.ts';
import { demandClass, demandLabel } from './demand.ts';

describe('demand classes', () => {
  it('draws a "1-2" bucket with the lowest colour and says "1–2", never a smaller number', () => {
    const bucket = { count: null, bucket: '1-2' as const };
    expect(demandClass(bucket).label).toBe('1–2');
    expect(demandLabel(bucket)).toBe('1–2');
    expect(demandClass({ count: 3, bucket: null }).label).toBe('3–4');
    expect(demandClass({ count: 9, bucket: null }).label).toBe('5–9');
    expect(demandClass({ count: 250, bucket: null }).label).toBe('20+');
    expect(demandLabel({ count: 12, bucket: null })).toBe('12');
  });
});

describe('building clusters', () => {
  const b = (id: string, lat: number, lon: number, state: FibreBuilding['state']): FibreBuilding => ({
    id,
    lat,
    lon,
    state,
  });

  it('groups a village together, apart from the next one, without abandoned buildings', () => {
    const clusters = clusterBuildings([
      b('1', 47.7218, 3.5856, 'deployed'),
      b('2', 47.7225, 3.587, 'signed'),
      b('3', 47.724, 3.58, 'abandoned'),
      b('4', 47.7442, 3.6503, 'targeted'), // Saint-Bris, 5 km away
    ]);
    expect(clusters.map((c) => [c.count, c.deployed])).toEqual([
      [2, 1],
      [1, 0],
    ]);
    expect(clusters[0]?.lat).toBeCloseTo(47.72215, 5);
  });
});
