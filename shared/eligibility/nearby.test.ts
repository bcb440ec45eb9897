// "Not covered" says why, for each cause, and what would help; the naive reference agrees.
import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from './engine.ts';
import { at, building, coverage, JUSSY, sector, squareRing } from './testing/fixtures.ts';
import { naiveCheck } from './testing/naive.ts';
import type { CoverageData } from '../schemas/eligibility.ts';
import type { TerrainModel } from './terrain.ts';

function check(data: CoverageData, point: { lat: number; lon: number }, terrain?: TerrainModel) {
  const options = terrain ? { terrain } : {};
  const result = createEligibilityIndex(data, options).check(point);
  expect(result).toEqual(naiveCheck(data, point, options));
  expect(result.verdict).toBe('none');
  return result.nearby ?? [];
}

// Jussy's one antenna faces 120° and reaches 5 km; Coulanges (~3 km west of Jussy) has none.
const east = coverage({ sectors: [sector({ id: 'east' })] });

describe('why a place is not covered', () => {
  it('beyond range: names the relay, its distance and direction, and how far its antenna reaches', () => {
    const [relay] = check(east, at(JUSSY, 120, 7500));
    expect(relay).toMatchObject({ technology: 'radio', why: 'out_of_range', siteId: 'jussy' });
    expect(relay?.distanceM).toBeCloseTo(7500, 0);
    expect(relay?.reasons.fr).toBe(
      'Le relais de Jussy est à 7,5 km au nord-ouest : c’est trop loin, l’antenne tournée vers vous porte à 5 km.',
    );
    expect(relay?.reasons.en).toBe(
      'The Jussy relay is 7.5 km away to the north-west: too far, as the antenna facing your way reaches 5 km.',
    );
    expect(relay?.help.fr).toMatch(/Un relais plus proche/);
  });

  it('behind the antenna: close enough, but facing elsewhere', () => {
    const [relay] = check(east, at(JUSSY, 300, 1500));
    expect(relay).toMatchObject({ why: 'behind_antenna', siteId: 'jussy' });
    expect(relay?.reasons.fr).toBe(
      'Le relais de Jussy est à 1,5 km au sud-est, assez près, mais ses antennes sont tournées dans d’autres directions.',
    );
    expect(relay?.reasons.en).toBe(
      'The Jussy relay is 1.5 km away to the south-east, close enough, but its antennas face other ways.',
    );
    expect(relay?.help.en).toMatch(/One more antenna facing your way/);
  });

  it('line of sight: the blocked relay is named, with the land as the cause', () => {
    const tower = { ...JUSSY, groundAltitudeM: 180, mastHeightM: 30 };
    const member = at(tower, 120, 4000);
    const wall: TerrainModel = {
      elevationAt: (lat, lon) =>
        Math.abs(lat - at(tower, 120, 2000).lat) < 0.001 && lon > 3.571 ? 400 : 180,
    };
    const [relay] = check(coverage({ sites: [tower], sectors: [sector({ id: 'east' })] }), member, wall);
    expect(relay).toMatchObject({ why: 'line_of_sight', siteId: 'jussy' });
    expect(relay?.reasons.fr).toMatch(/mais le relief cache la vue vers lui\.$/);
    expect(relay?.help.fr).toMatch(/plus haut chez vous/);
  });

  it('names the nearest fibre building and the nearest fibre area within reach', () => {
    const point = at(JUSSY, 300, 1500);
    const near = building({ id: 'b-near', ...at(point, 180, 800), state: 'signed' });
    const far = building({ id: 'b-far', ...at(point, 0, 1200) });
    const dropped = building({ id: 'b-dropped', ...at(point, 90, 100), state: 'abandoned' });
    const [, fibre] = check({ ...east, buildings: [far, dropped, near] }, point);
    expect(fibre).toMatchObject({ technology: 'fibre', why: 'fibre_elsewhere', buildingId: 'b-near' });
    expect(fibre?.reasons.fr).toBe(
      'La fibre la plus proche est à 800 m au sud (un immeuble où elle est prévue).',
    );
    const zone = {
      id: 'z',
      name: 'Jussy bourg',
      status: 'available' as const,
      geometry: { type: 'Polygon' as const, coordinates: [squareRing(at(point, 90, 700), 200)] },
    };
    const [, area] = check({ ...east, fibreZones: [zone] }, point);
    expect(area).toMatchObject({ zoneId: 'z' });
    expect(area?.distanceM).toBeGreaterThan(450);
    expect(area?.distanceM).toBeLessThan(550);
    expect(area?.reasons.en).toMatch(/^The “Jussy bourg” fibre area starts 5\d\d m away to the east\.$/);
  });

  it('says nothing of fibre beyond 5 km, and nothing at all on a covered place', () => {
    const point = at(JUSSY, 300, 1500);
    const hints = check({ ...east, buildings: [building({ id: 'b', ...at(point, 0, 6000) })] }, point);
    expect(hints.map((h) => h.technology)).toEqual(['radio']);
    expect(createEligibilityIndex(east).check(at(JUSSY, 120, 1000)).nearby).toBeUndefined();
  });
});
