import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from './engine.ts';
import { at, COULANGES, coverage, JUSSY, sector } from './testing/fixtures.ts';
import { inverse } from './geo.ts';
import { naiveCheck } from './testing/naive.ts';
import { sectorWedge } from './radio.ts';
import type { CoverageData, EligibilityResult, RadioSector } from '../schemas/eligibility.ts';

/** Both implementations must agree on every hand-made case; return the indexed answer. */
function check(data: CoverageData, point: { lat: number; lon: number }): EligibilityResult {
  const indexed = createEligibilityIndex(data).check(point);
  expect(indexed).toEqual(naiveCheck(data, point));
  return indexed;
}

function covers(s: Partial<RadioSector>, bearingDeg: number, distanceM: number): boolean {
  const data = coverage({ sectors: [sector({ id: 's', ...s })] });
  return check(data, at(JUSSY, bearingDeg, distanceM)).options.some((o) => o.sectorId === 's');
}

describe('radio coverage (Jussy relay, sector 120°, beam 60°, range 5 km)', () => {
  it('covers up to the range, inclusive, and not beyond', () => {
    expect(covers({}, 120, 4999.9)).toBe(true);
    expect(covers({}, 120, 5000.1)).toBe(false);
  });

  it('covers up to half the beamwidth on both sides', () => {
    expect(covers({}, 90.1, 3000)).toBe(true);
    expect(covers({}, 149.9, 3000)).toBe(true);
    expect(covers({}, 89.9, 3000)).toBe(false);
    expect(covers({}, 150.1, 3000)).toBe(false);
  });

  it('handles a beam across north (azimuth 350°, beam 40° covers 330°..10°)', () => {
    const north = { azimuthDeg: 350, beamwidthDeg: 40 };
    expect(covers(north, 5, 2000)).toBe(true);
    expect(covers(north, 335, 2000)).toBe(true);
    expect(covers(north, 0, 2000)).toBe(true);
    expect(covers(north, 9.9, 2000)).toBe(true);
    expect(covers(north, 330.1, 2000)).toBe(true);
    expect(covers(north, 15, 2000)).toBe(false);
    expect(covers(north, 10.1, 2000)).toBe(false);
    expect(covers(north, 329.9, 2000)).toBe(false);
  });

  it('treats a 360° beam as omnidirectional', () => {
    for (const bearing of [0, 90, 180, 270, 359.9])
      expect(covers({ beamwidthDeg: 360 }, bearing, 4000)).toBe(true);
    expect(covers({ beamwidthDeg: 360 }, 200, 5000.1)).toBe(false);
  });

  it('covers the site position with every sector of that site, whatever its direction', () => {
    const data = coverage({
      sectors: [
        sector({ id: 'east', azimuthDeg: 90, beamwidthDeg: 30 }),
        sector({ id: 'west', azimuthDeg: 270 }),
      ],
    });
    const result = check(data, JUSSY);
    expect(result.options.map((o) => o.sectorId).sort()).toEqual(['east', 'west']);
    expect(result.options[0]?.distanceM).toBe(0);
    // No bearing exists from a point to itself.
    expect(result.options[0]).not.toHaveProperty('bearingDeg');
    expect(result.options[0]?.reason).toMatch(/^Vous êtes au pied du relais de Jussy/);
  });

  it('reports geodesic distance and bearing from the site', () => {
    const point = at(JUSSY, 130, 2345);
    const option = check(coverage({ sectors: [sector({ id: 's' })] }), point).options[0];
    expect(option?.distanceM).toBeCloseTo(2345, 6);
    expect(option?.bearingDeg).toBeCloseTo(130, 6);
    expect(option).toMatchObject({
      technology: 'radio',
      status: 'available',
      siteId: 'jussy',
      sectorId: 's',
    });
  });

  it('gives a full sector the status full and the verdict planned', () => {
    const result = check(coverage({ sectors: [sector({ id: 's', full: true })] }), at(JUSSY, 120, 1000));
    expect(result.verdict).toBe('planned');
    expect(result.options).toEqual([expect.objectContaining({ sectorId: 's', status: 'full' })]);
  });

  it('lists every covering sector of every site, available first then nearest', () => {
    // Halfway between the two relays; each has a sector facing the other.
    const towards = inverse(JUSSY.lat, JUSSY.lon, COULANGES.lat, COULANGES.lon);
    const point = at(JUSSY, towards.bearingDeg, towards.distanceM * 0.4);
    const back = inverse(COULANGES.lat, COULANGES.lon, point.lat, point.lon).bearingDeg;
    const data = coverage({
      sectors: [
        sector({ id: 'j-full', azimuthDeg: towards.bearingDeg, full: true }),
        sector({ id: 'c-far', siteId: COULANGES.id, azimuthDeg: back }),
        sector({ id: 'j-omni', beamwidthDeg: 360, rangeM: 3000 }),
        sector({ id: 'j-away', azimuthDeg: (towards.bearingDeg + 180) % 360 }),
      ],
    });
    const result = check(data, point);
    expect(result.verdict).toBe('radio');
    expect(result.options.map((o) => o.sectorId)).toEqual(['j-omni', 'c-far', 'j-full']);
  });

  it('ignores a sector whose site is missing', () => {
    const data = coverage({ sectors: [sector({ id: 'lost', siteId: 'nowhere' }), sector({ id: 's' })] });
    const index = createEligibilityIndex(data);
    expect(index.stats).toMatchObject({ sectors: 1, ignoredSectors: 1 });
    expect(index.check(at(JUSSY, 120, 1000)).options.map((o) => o.sectorId)).toEqual(['s']);
  });
});

describe('sectorWedge', () => {
  it('draws the site, an arc at the range from edge to edge, and closes on the site', () => {
    const wedge = sectorWedge(JUSSY, { azimuthDeg: 350, beamwidthDeg: 40, rangeM: 5000 }, 8);
    expect(wedge).toHaveLength(8 + 3);
    expect(wedge[0]).toEqual([JUSSY.lat, JUSSY.lon]);
    expect(wedge.at(-1)).toEqual([JUSSY.lat, JUSSY.lon]);
    const arc = wedge.slice(1, -1).map(([lat, lon]) => inverse(JUSSY.lat, JUSSY.lon, lat, lon));
    for (const g of arc) expect(g.distanceM).toBeCloseTo(5000, 6);
    expect(arc[0]?.bearingDeg).toBeCloseTo(330, 6);
    expect(arc.at(-1)?.bearingDeg).toBeCloseTo(10, 6);
  });

  it('draws a closed circle for an omnidirectional sector', () => {
    const ring = sectorWedge(JUSSY, { azimuthDeg: 0, beamwidthDeg: 360, rangeM: 3000 }, 12);
    expect(ring).toHaveLength(13);
    expect(ring[0]).toEqual(ring.at(-1));
  });
});
