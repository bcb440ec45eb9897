import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from './engine.ts';
import { at, building, coverage, JUSSY, sector, squareRing } from './testing/fixtures.ts';
import { naiveCheck } from './testing/naive.ts';
import type { BuildingState, CoverageData, EligibilityResult, FibreZone } from '../schemas/eligibility.ts';

// A house in Jussy, ~1 km from the relay.
const HOME = at(JUSSY, 120, 1000);

function check(data: CoverageData, point = HOME): EligibilityResult {
  const indexed = createEligibilityIndex(data).check(point);
  expect(indexed).toEqual(naiveCheck(data, point));
  return indexed;
}

const buildingAt = (id: string, distanceM: number, state: BuildingState = 'deployed', bearingDeg = 45) =>
  building({ id, state, ...at(HOME, bearingDeg, distanceM) });

function zone(id: string, status: FibreZone['status'], rings: [number, number][][]): FibreZone {
  return { id, name: `Zone ${id}`, status, geometry: { type: 'Polygon', coordinates: rings } };
}

describe('fibre by building', () => {
  it('a deployed building 10 m away makes fibre available', () => {
    const result = check(coverage({ buildings: [buildingAt('imb-1', 10)] }));
    expect(result.verdict).toBe('fibre');
    expect(result.options).toEqual([
      expect.objectContaining({ technology: 'fibre', status: 'available', buildingId: 'imb-1' }),
    ]);
    expect(result.options[0]?.distanceM).toBeCloseTo(10, 6);
  });

  it('a building 60 m away, or just over 30 m, is too far to decide', () => {
    expect(check(coverage({ buildings: [buildingAt('far', 60)] })).verdict).toBe('none');
    expect(check(coverage({ buildings: [buildingAt('edge', 30.01)] })).options).toEqual([]);
    expect(check(coverage({ buildings: [buildingAt('edge', 29.99)] })).verdict).toBe('fibre');
  });

  it.each(['signed', 'in_progress', 'targeted'] as const)('a %s building means fibre is planned', (state) => {
    const result = check(coverage({ buildings: [buildingAt('imb', 12, state)] }));
    expect(result.verdict).toBe('planned');
    expect(result.options).toEqual([expect.objectContaining({ technology: 'fibre', status: 'planned' })]);
  });

  it('an abandoned building gives no fibre option', () => {
    expect(check(coverage({ buildings: [buildingAt('imb', 12, 'abandoned')] }))).toMatchObject({
      verdict: 'none',
      options: [],
    });
  });

  it('only the nearest building decides, even when it rules fibre out', () => {
    const data = coverage({
      buildings: [buildingAt('further', 20, 'deployed', 90), buildingAt('nearest', 8, 'abandoned', 270)],
      fibreZones: [zone('z', 'available', [squareRing(HOME, 500)])],
    });
    expect(check(data).options).toEqual([]);
    const swapped = coverage({
      buildings: [buildingAt('further', 20, 'abandoned', 90), buildingAt('nearest', 8, 'signed', 270)],
    });
    expect(check(swapped).options).toEqual([
      expect.objectContaining({ buildingId: 'nearest', status: 'planned' }),
    ]);
  });
});

describe('fibre by zone', () => {
  // A planned zone around the home with a hole (a hamlet left out) 300 m to the north.
  const hamlet = at(HOME, 0, 300);
  const holed = zone('z-holed', 'planned', [squareRing(HOME, 1000), squareRing(hamlet, 100)]);

  it('a point inside the polygon takes the zone status when no building is within 30 m', () => {
    const result = check(coverage({ fibreZones: [holed], buildings: [buildingAt('far', 60)] }));
    expect(result.verdict).toBe('planned');
    expect(result.options).toEqual([
      expect.objectContaining({ technology: 'fibre', status: 'planned', zoneId: 'z-holed' }),
    ]);
  });

  it('a point in a hole of the polygon is not in the zone', () => {
    expect(check(coverage({ fibreZones: [holed] }), hamlet).verdict).toBe('none');
    expect(check(coverage({ fibreZones: [holed] }), at(hamlet, 0, 150)).verdict).toBe('planned');
  });

  it('a point outside the polygon is not in the zone', () => {
    expect(check(coverage({ fibreZones: [holed] }), at(HOME, 90, 1200)).verdict).toBe('none');
  });

  it('each part of a MultiPolygon counts', () => {
    const far = at(HOME, 200, 8000);
    const multi: FibreZone = {
      id: 'z-multi',
      name: 'Auxerre sud',
      status: 'available',
      geometry: { type: 'MultiPolygon', coordinates: [[squareRing(HOME, 200)], [squareRing(far, 200)]] },
    };
    expect(check(coverage({ fibreZones: [multi] }), far).verdict).toBe('fibre');
    expect(check(coverage({ fibreZones: [multi] }), HOME).verdict).toBe('fibre');
    expect(check(coverage({ fibreZones: [multi] }), at(HOME, 200, 4000)).verdict).toBe('none');
  });

  it('an available zone wins over an overlapping planned one', () => {
    const data = coverage({
      fibreZones: [
        zone('planned', 'planned', [squareRing(HOME, 800)]),
        zone('open', 'available', [squareRing(HOME, 400)]),
      ],
    });
    expect(check(data).options).toEqual([expect.objectContaining({ zoneId: 'open', status: 'available' })]);
  });
});

describe('verdict priority', () => {
  const radio = sector({ id: 'radio' });
  const fullRadio = sector({ id: 'radio-full', full: true });

  it('available fibre beats available radio, and comes first', () => {
    const result = check(coverage({ sectors: [radio], buildings: [buildingAt('imb', 10)] }));
    expect(result.verdict).toBe('fibre');
    expect(result.options.map((o) => o.technology)).toEqual(['fibre', 'radio']);
  });

  it('available radio beats planned fibre', () => {
    const result = check(coverage({ sectors: [radio], buildings: [buildingAt('imb', 10, 'signed')] }));
    expect(result.verdict).toBe('radio');
    expect(result.options.map((o) => o.status)).toEqual(['available', 'planned']);
  });

  it('planned fibre and a full sector give planned, nearest first', () => {
    const result = check(coverage({ sectors: [fullRadio], buildings: [buildingAt('imb', 10, 'targeted')] }));
    expect(result.verdict).toBe('planned');
    expect(result.options.map((o) => o.status)).toEqual(['planned', 'full']);
  });

  it('nothing nearby gives none', () => {
    expect(check(coverage({ sectors: [radio] }), at(JUSSY, 300, 1000))).toMatchObject({
      verdict: 'none',
      options: [],
    });
  });
});
