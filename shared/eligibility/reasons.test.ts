import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from './engine.ts';
import { at, building, coverage, JUSSY, sector, squareRing } from './testing/fixtures.ts';
import { buildingReasons, formatDistance, radioReasons, zoneReasons } from './reasons.ts';

describe('formatDistance', () => {
  it('gives whole metres below a kilometre and at most one decimal above', () => {
    expect(formatDistance(12.4, 'fr')).toBe('12 m');
    expect(formatDistance(999.4, 'en')).toBe('999 m');
    expect(formatDistance(999.6, 'fr')).toBe('1 km');
    expect(formatDistance(2345, 'fr')).toBe('2,3 km');
    expect(formatDistance(2345, 'en')).toBe('2.3 km');
    expect(formatDistance(5000, 'fr')).toBe('5 km');
  });
});

describe('reasons', () => {
  const s120 = { azimuthDeg: 120, beamwidthDeg: 60, rangeM: 5000, full: false };

  it('explains a radio option in French and English', () => {
    expect(radioReasons('Jussy', s120, 2300)).toEqual({
      fr: 'À 2,3 km du relais de Jussy, secteur 120°, portée 5 km',
      en: '2.3 km from the Jussy relay, 120° sector, 5 km range',
    });
  });

  it('says when a sector is full', () => {
    expect(radioReasons('Jussy', { ...s120, full: true }, 850)).toEqual({
      fr: 'À 850 m du relais de Jussy, secteur 120°, portée 5 km, secteur complet (plus de place pour le moment)',
      en: '850 m from the Jussy relay, 120° sector, 5 km range, sector full (no room for now)',
    });
  });

  it('names omnidirectional sectors', () => {
    expect(radioReasons('Jussy', { ...s120, beamwidthDeg: 360, rangeM: 3500 }, 1200).fr).toBe(
      'À 1,2 km du relais de Jussy, secteur omnidirectionnel, portée 3,5 km',
    );
  });

  it('explains fibre by building and by zone', () => {
    expect(buildingReasons('deployed', 12)).toEqual({
      fr: 'Immeuble raccordable à 12 m (fibre déployée)',
      en: 'Connectable building 12 m away (fibre deployed)',
    });
    expect(buildingReasons('in_progress', 12).fr).toBe(
      'Fibre prévue : immeuble à 12 m en cours de déploiement',
    );
    expect(zoneReasons('Vaux', 'planned')).toEqual({
      fr: 'Dans la zone fibre « Vaux » (prévue)',
      en: 'In the “Vaux” fibre zone (planned)',
    });
  });

  it('answers in the requested language, French by default, and always carries both', () => {
    const point = at(JUSSY, 120, 2300);
    const index = createEligibilityIndex(
      coverage({
        sectors: [sector({ id: 's' })],
        fibreZones: [
          {
            id: 'z',
            name: 'Jussy bourg',
            status: 'planned',
            geometry: { type: 'Polygon', coordinates: [squareRing(point, 300)] },
          },
        ],
      }),
    );
    const [radioFr, zoneFr] = index.check(point).options;
    expect(radioFr?.reason).toBe('À 2,3 km du relais de Jussy, secteur 120°, portée 5 km');
    expect(zoneFr?.reason).toBe('Dans la zone fibre « Jussy bourg » (prévue)');
    const [radioEn, zoneEn] = index.check({ ...point, lang: 'en' }).options;
    expect(radioEn?.reason).toBe('2.3 km from the Jussy relay, 120° sector, 5 km range');
    expect(zoneEn?.reason).toBe('In the “Jussy bourg” fibre zone (planned)');
    expect(radioEn?.reasons).toEqual(radioFr?.reasons);
  });

  it('gives the fibre distance in the reason of a building option', () => {
    const point = at(JUSSY, 10, 3000);
    const index = createEligibilityIndex(
      coverage({ buildings: [building({ id: 'b', ...at(point, 90, 12) })] }),
    );
    expect(index.check({ ...point, lang: 'en' }).options[0]?.reason).toBe(
      'Connectable building 12 m away (fibre deployed)',
    );
  });
});
