import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from '../eligibility/engine.ts';
import { at, coverage, JUSSY, sector } from '../eligibility/testing/fixtures.ts';
import { ipeStateToBuildingState } from '../eligibility/ipe-state.ts';
import { coverageData, eligibilityCheckInput, eligibilityResult } from './eligibility.ts';
import { syntheticCoverage } from '../eligibility/testing/synthetic.ts';

describe('eligibilityCheckInput', () => {
  it('accepts a position in France, with or without a language', () => {
    expect(eligibilityCheckInput.parse({ lat: 47.7144, lon: 3.5706 })).toEqual({ lat: 47.7144, lon: 3.5706 });
    expect(eligibilityCheckInput.parse({ lat: -90, lon: 180, lang: 'en' }).lang).toBe('en');
  });

  it.each([
    ['latitude 91', { lat: 91, lon: 3 }],
    ['longitude -180.5', { lat: 47, lon: -180.5 }],
    ['NaN', { lat: Number.NaN, lon: 3 }],
    ['Infinity', { lat: 47, lon: Number.POSITIVE_INFINITY }],
    ['a string', { lat: '47.7', lon: 3 }],
    ['an unknown language', { lat: 47, lon: 3, lang: 'de' }],
    ['a missing longitude', { lat: 47 }],
  ])('rejects %s', (_, input) => {
    expect(eligibilityCheckInput.safeParse(input).success).toBe(false);
  });
});

describe('coverageData', () => {
  it('accepts generated data and the hand-made fixtures', () => {
    const data = syntheticCoverage({ seed: 1, sites: 5, sectors: 12, buildings: 50, fibreZones: 4 });
    expect(coverageData.safeParse(data).success).toBe(true);
    expect(coverageData.safeParse(coverage({ sectors: [sector({ id: 's' })] })).success).toBe(true);
  });

  it('rejects a sector whose site is unknown, pointing at it', () => {
    const result = coverageData.safeParse(coverage({ sectors: [sector({ id: 's', siteId: 'ghost' })] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sectors', 0, 'siteId']);
  });

  it('rejects impossible sectors and unknown building states', () => {
    expect(
      coverageData.safeParse(coverage({ sectors: [sector({ id: 's', beamwidthDeg: 0 })] })).success,
    ).toBe(false);
    expect(coverageData.safeParse(coverage({ sectors: [sector({ id: 's', rangeM: -1 })] })).success).toBe(
      false,
    );
    const bad = { ...coverage(), buildings: [{ id: 'b', lat: 47, lon: 3, state: 'DEPLOYE' }] };
    expect(coverageData.safeParse(bad).success).toBe(false);
  });
});

describe('eligibilityResult', () => {
  it('describes what the engine returns', () => {
    const index = createEligibilityIndex(coverage({ sectors: [sector({ id: 's' })] }));
    expect(eligibilityResult.safeParse(index.check(at(JUSSY, 120, 1000))).success).toBe(true);
    expect(eligibilityResult.safeParse(index.check(JUSSY)).success).toBe(true);
  });
});

describe('ipeStateToBuildingState', () => {
  it.each([
    ['CIBLE', 'targeted'],
    ['SIGNE', 'signed'],
    ['SIGNÉ', 'signed'],
    ['EN COURS DE DEPLOIEMENT', 'in_progress'],
    ['en cours de déploiement', 'in_progress'],
    ['  En  cours   de Déploiement ', 'in_progress'],
    ['DEPLOYE', 'deployed'],
    ['Déployé', 'deployed'],
    ['raccordable demande', 'deployed'],
    ['RACCORDABLE_DEMANDE', 'deployed'],
    ['ABANDONNE', 'abandoned'],
    ['abandonné', 'abandoned'],
    ['in_progress', 'in_progress'],
    ['In progress', 'in_progress'],
    ['deployed', 'deployed'],
    ['signed', 'signed'],
    ['targeted', 'targeted'],
    ['abandoned', 'abandoned'],
  ])('maps %j to %s', (value, state) => {
    expect(ipeStateToBuildingState(value)).toBe(state);
  });

  it.each(['', 'RACCORDABLE', 'deploy', 'EN COURS'])('returns null for %j', (value) => {
    expect(ipeStateToBuildingState(value)).toBeNull();
  });
});
