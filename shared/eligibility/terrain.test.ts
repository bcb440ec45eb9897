import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from './engine.ts';
import { at, coverage, JUSSY, sector } from './testing/fixtures.ts';
import { naiveCheck } from './testing/naive.ts';
import type { CoverageData, RadioSite } from '../schemas/eligibility.ts';
import { lineOfSight, RECEIVER_ANTENNA_HEIGHT_M, type TerrainModel } from './terrain.ts';

// The water tower: 180 m ground, antennas 30 m up. A member 5 km due south.
const TOWER: RadioSite = { ...JUSSY, groundAltitudeM: 180, mastHeightM: 30 };
const MEMBER = at(TOWER, 180, 5000);
const south = sector({ id: 'south', azimuthDeg: 180, beamwidthDeg: 90, rangeM: 8000, frequencyMHz: 5500 });

const flat: TerrainModel = { elevationAt: () => 180 };
/** Flat at 180 m but for an east–west ridge (150 m wide by default) 2.5 km south of the tower. */
function ridge(heightM: number, halfWidthDeg = 0.00068): TerrainModel {
  const crest = at(TOWER, 180, 2500).lat;
  return { elevationAt: (lat) => (Math.abs(lat - crest) < halfWidthDeg ? 180 + heightM : 180) };
}

function data(site: RadioSite = TOWER): CoverageData {
  return coverage({ sites: [site], sectors: [south] });
}

function check(terrain: TerrainModel, site: RadioSite = TOWER) {
  const result = createEligibilityIndex(data(site), { terrain }).check(MEMBER);
  expect(result).toEqual(naiveCheck(data(site), MEMBER, { terrain }));
  return result;
}

describe('line of sight (60 % of the first Fresnel zone)', () => {
  it('a flat terrain leaves the sector in', () => {
    const result = check(flat);
    expect(result.verdict).toBe('radio');
    expect(result.excluded).toEqual([]);
  });

  it('a ridge in the middle excludes the sector and says why, in both languages', () => {
    const result = check(ridge(40));
    expect(result.verdict).toBe('none');
    expect(result.options).toEqual([]);
    expect(result.excluded).toEqual([
      {
        sectorId: 'south',
        siteId: 'jussy',
        reason:
          'Le relais de Jussy est à 5 km et l’une de ses antennes est tournée vers vous (elle porte à 8 km), mais le relief cache la vue vers lui (à 2,5 km du relais).',
        reasons: {
          fr: 'Le relais de Jussy est à 5 km et l’une de ses antennes est tournée vers vous (elle porte à 8 km), mais le relief cache la vue vers lui (à 2,5 km du relais).',
          en: 'The Jussy relay is 5 km away and one of its antennas faces your way (it reaches 8 km), but the land hides the view to it (2.5 km from the relay).',
        },
      },
    ]);
  });

  it('a ridge below the clearance line does not block', () => {
    // The ray is ~197 m high at the crest, 60 % of r1 is ~5 m, the bulge ~0.4 m: 10 m of ridge clears.
    expect(check(ridge(10)).excluded).toEqual([]);
    const los = lineOfSight(TOWER, south, MEMBER, ridge(14), 5000);
    expect(los.status).toBe('blocked');
  });

  it('pins the clearance at mid-path: ray to a receiver 4 m up, 60 % of r1, bulge with k = 4/3', () => {
    expect(RECEIVER_ANTENNA_HEIGHT_M).toBe(4);
    // A 20 m-wide ridge: only the sample at exactly 2.5 km (d1 = d2 = 2.5 km, D = 5 km) touches it.
    const ray = (180 + 30 + (180 + RECEIVER_ANTENNA_HEIGHT_M)) / 2;
    const r1 = 17.32 * Math.sqrt((2.5 * 2.5) / (5.5 * 5));
    const bulge = (2.5 * 2.5) / 17;
    const threshold = ray - 0.6 * r1 - bulge - 180;
    expect(lineOfSight(TOWER, south, MEMBER, ridge(threshold - 0.05, 0.00009), 5000).status).toBe('clear');
    expect(lineOfSight(TOWER, south, MEMBER, ridge(threshold + 0.05, 0.00009), 5000)).toMatchObject({
      status: 'blocked',
      obstacleDistanceM: expect.closeTo(2500, 6),
    });
  });

  it('cannot judge without the site heights or the ground at the point, so does not exclude', () => {
    expect(check(ridge(40), { ...TOWER, mastHeightM: null }).verdict).toBe('radio');
    expect(check(ridge(40), { ...JUSSY }).excluded).toEqual([]);
    const unknownHere: TerrainModel = { elevationAt: (lat) => (lat < MEMBER.lat + 0.0001 ? null : 250) };
    expect(check(unknownHere).verdict).toBe('radio');
  });

  it('earth bulge alone blocks a long, low path', () => {
    // 20 km over flat ground with both antennas 4–5 m up: the bulge (~5.9 m mid-path) intrudes.
    const low: RadioSite = { ...TOWER, mastHeightM: 5 };
    const far = at(low, 180, 20000);
    expect(lineOfSight(low, { ...south, rangeM: 25000 }, far, flat, 20000).status).toBe('blocked');
    expect(lineOfSight({ ...low, mastHeightM: 60 }, south, far, flat, 20000).status).toBe('clear');
  });
});
