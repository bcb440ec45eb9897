import { describe, expect, it } from 'vitest';
import type { EligibilityOption, EligibilityResult } from '../../shared/schemas/eligibility.ts';
import {
  availableTechnologies,
  highlightedOption,
  isEligible,
  nearestSite,
  optionFor,
  placeLine,
  placeWarning,
  verdictHeadline,
} from './format.ts';

const option = (
  o: Partial<EligibilityOption> & Pick<EligibilityOption, 'technology' | 'status'>,
): EligibilityOption => ({
  reason: 'r',
  reasons: { fr: 'r', en: 'r' },
  ...o,
});
const result = (verdict: EligibilityResult['verdict'], options: EligibilityOption[]): EligibilityResult => ({
  verdict,
  options,
  dataAsOf: '2026-03-01',
  excluded: [],
});

describe('verdict headline', () => {
  it('says good news for fibre and radio, waiting for planned or full, and none plainly', () => {
    expect(verdictHeadline(result('fibre', []))).toEqual({ key: 'join.verdict.fibre', tone: 'good' });
    expect(verdictHeadline(result('radio', []))).toEqual({ key: 'join.verdict.radio', tone: 'good' });
    expect(verdictHeadline(result('planned', [option({ technology: 'fibre', status: 'planned' })])).key).toBe(
      'join.verdict.planned',
    );
    expect(verdictHeadline(result('planned', [option({ technology: 'radio', status: 'full' })])).key).toBe(
      'join.verdict.full',
    );
    expect(verdictHeadline(result('none', []))).toEqual({ key: 'join.verdict.none', tone: 'none' });
  });
});

describe('options', () => {
  const both = result('fibre', [
    option({ technology: 'radio', status: 'available', sectorId: 's1' }),
    option({ technology: 'fibre', status: 'available', buildingId: 'b1' }),
    option({ technology: 'radio', status: 'full', sectorId: 's2' }),
  ]);

  it('lists what can be asked for now, fibre first', () => {
    expect(availableTechnologies(both)).toEqual(['fibre', 'radio']);
    expect(isEligible(both)).toBe(true);
    expect(optionFor(both, 'radio')?.sectorId).toBe('s1');
    expect(highlightedOption(both)?.buildingId).toBe('b1');
  });

  it('highlights the first option when nothing is available', () => {
    const full = result('planned', [option({ technology: 'radio', status: 'full', sectorId: 's2' })]);
    expect(isEligible(full)).toBe(false);
    expect(availableTechnologies(full)).toEqual([]);
    expect(highlightedOption(full)?.sectorId).toBe('s2');
  });
});

describe('place line', () => {
  const position = { lat: 47.7, lon: 3.5 };
  it('names a searched address, a located point with its accuracy, a tapped point', () => {
    expect(placeLine({ position, label: 'X', approximate: false, source: 'search' }, 'fr')).toEqual({
      key: 'join.result.address',
      params: { label: 'X' },
    });
    expect(
      placeLine({ position, label: null, approximate: false, source: 'geolocation', accuracyM: 12.4 }, 'fr'),
    ).toEqual({ key: 'join.result.located', params: { accuracy: '12 m' } });
    expect(placeLine({ position, label: 'Y', approximate: true, source: 'map' }, 'en').key).toBe(
      'join.result.tappedNear',
    );
    expect(placeLine({ position, label: null, approximate: false, source: 'map' }, 'en').key).toBe(
      'join.result.tapped',
    );
  });
});

describe('place warning and nearest relay', () => {
  const position = { lat: 47.64, lon: 3.07 };
  it('warns for an approximate search result and an imprecise position, not for a tap', () => {
    expect(placeWarning({ position, label: 'Rue X', approximate: true, source: 'search' }, 'fr')?.key).toBe(
      'join.result.approximate',
    );
    expect(
      placeWarning(
        { position, label: null, approximate: true, source: 'geolocation', accuracyM: 1500 },
        'fr',
      ),
    ).toEqual({ key: 'join.result.imprecise', params: { accuracy: '1,5 km' } });
    expect(placeWarning({ position, label: 'près', approximate: true, source: 'map' }, 'fr')).toBeNull();
  });

  it('finds the closest relay', () => {
    const sites = [
      { id: 'toucy', lat: 47.7372, lon: 3.2942 },
      { id: 'jussy', lat: 47.7219, lon: 3.585 },
    ];
    expect(nearestSite(sites, position)?.id).toBe('toucy');
    expect(nearestSite([], position)).toBeNull();
  });
});
