import { describe, expect, it } from 'vitest';
import { at, JUSSY } from './testing/fixtures.ts';
import type { RadioSite } from '../schemas/eligibility.ts';
import { earthBulgeM, FRESNEL_CLEARANCE, fresnelRadiusM, linkProfile, sampleAt } from './profile.ts';
import type { TerrainModel } from './terrain-model.ts';

// DOMAIN.md, Radio: worked values (distances in km).
const WORKED = [
  { fGHz: 5.5, D: 5, d1: 2.5, r1: 8.257, r60: 4.954, bulge: 0.368 },
  { fGHz: 5.8, D: 10, d1: 5, r1: 11.371, r60: 6.823, bulge: 1.472 },
  { fGHz: 5.5, D: 6, d1: 1.5, r1: 7.833, r60: 4.7, bulge: 0.397 },
];

describe('Fresnel zone and earth bulge (DOMAIN.md worked values)', () => {
  it.each(WORKED)('f $fGHz GHz, D $D km, d1 $d1 km', ({ fGHz, D, d1, r1, r60, bulge }) => {
    const d2 = D - d1;
    expect(fresnelRadiusM(d1, d2, fGHz)).toBeCloseTo(r1, 3);
    expect(FRESNEL_CLEARANCE * fresnelRadiusM(d1, d2, fGHz)).toBeCloseTo(r60, 3);
    expect(earthBulgeM(d1, d2)).toBeCloseTo(bulge, 3);
  });

  it('is zero at the antennas and symmetric along the path', () => {
    expect(fresnelRadiusM(0, 5, 5.5)).toBe(0);
    expect(earthBulgeM(0, 5)).toBe(0);
    expect(fresnelRadiusM(1, 4, 5.5)).toBeCloseTo(fresnelRadiusM(4, 1, 5.5), 12);
  });

  it('clearance of a sample: ground + bulge against the ray minus 60 % of r1', () => {
    const ends = { txM: 210, rxM: 184, lengthM: 5000, fGHz: 5.5 };
    const s = sampleAt(ends, 2500, 190);
    expect(s.rayM).toBeCloseTo(197, 9);
    expect(s.fresnelM).toBeCloseTo(8.257, 3);
    expect(s.bulgeM).toBeCloseTo(0.368, 3);
    // 190 + 0.368 − (197 − 4.954) = −1.678: 1.7 m of clearance to spare.
    expect(s.intrusionM).toBeCloseTo(-1.678, 2);
    expect(sampleAt(ends, 2500, null).intrusionM).toBeNull();
  });
});

describe('linkProfile', () => {
  const TOWER: RadioSite = { ...JUSSY, groundAltitudeM: 180, mastHeightM: 30 };
  const MEMBER = at(TOWER, 180, 5000);
  const crest = at(TOWER, 180, 2500).lat;
  const hill: TerrainModel = { elevationAt: (lat) => (Math.abs(lat - crest) < 0.0007 ? 205 : 180) };

  it('draws every sample of the path and finds the hill', () => {
    const p = linkProfile(TOWER, { frequencyMHz: 5500 }, MEMBER, hill, 5000);
    if (p.status === 'unknown') throw new Error('expected a judgement');
    expect(p.status).toBe('blocked');
    expect(p.txM).toBe(210);
    expect(p.rxM).toBe(184);
    expect(p.samples).toHaveLength(99);
    expect(p.worst?.distanceM).toBeGreaterThan(2400);
    expect(p.worst?.distanceM).toBeLessThan(2600);
  });

  it('a taller mast at the point clears the same hill', () => {
    const p = linkProfile(TOWER, { frequencyMHz: 5500 }, MEMBER, hill, 5000, { receiverHeightM: 40 });
    expect(p.status).toBe('clear');
    expect(p).toMatchObject({ receiverHeightM: 40, rxM: 220 });
  });

  it('says why it cannot judge', () => {
    expect(linkProfile(JUSSY, {}, MEMBER, hill, 5000)).toEqual({ status: 'unknown', reason: 'site-heights' });
    const none: TerrainModel = { elevationAt: () => null };
    expect(linkProfile(TOWER, {}, MEMBER, none, 5000)).toEqual({
      status: 'unknown',
      reason: 'ground-at-point',
    });
  });
});
