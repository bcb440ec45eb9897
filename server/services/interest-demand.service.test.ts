import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { direct } from '../../shared/eligibility/geo.ts';
import { aggregateDemand, bucketed, grow } from './interest-demand.service.ts';

const JUSSY = { lat: 47.7219, lon: 3.585 };
const near = (bearing: number, m: number, kind: 'connect' | 'share' = 'connect') => ({
  ...direct(JUSSY.lat, JUSSY.lon, bearing, m),
  kind,
});

describe('demand aggregation', () => {
  it('buckets counts below 3 and gives exact counts from 3 up', () => {
    expect(bucketed(0)).toEqual({ count: 0, bucket: null });
    expect(bucketed(1)).toEqual({ count: null, bucket: '1-2' });
    expect(bucketed(2)).toEqual({ count: null, bucket: '1-2' });
    expect(bucketed(3)).toEqual({ count: 3, bucket: null });
  });

  it('counts per H3 cell and per kind, with no point of its own in the output', () => {
    const points = [near(0, 10), near(90, 20), near(180, 30, 'share'), near(45, 40_000)];
    const cells = aggregateDemand(points, 7, null);
    const home = cells.find((c) => c.h3 === latLngToCell(JUSSY.lat, JUSSY.lon, 7));
    expect(home).toMatchObject({
      total: { count: 3, bucket: null },
      connect: { count: null, bucket: '1-2' },
      share: { count: null, bucket: '1-2' },
    });
    expect(cells).toHaveLength(2);
    const text = JSON.stringify(cells);
    for (const p of points) expect(text).not.toContain(String(p.lat).slice(0, 9));
    for (const c of cells) expect(c.boundary[0]).toEqual(c.boundary.at(-1));
  });

  it('keeps only cells centred in the kept box', () => {
    const points = [near(0, 10), near(45, 40_000)];
    const keep = grow({ south: 47.72, north: 47.73, west: 3.58, east: 3.59 }, 2000);
    expect(aggregateDemand(points, 7, keep)).toHaveLength(1);
  });
});
