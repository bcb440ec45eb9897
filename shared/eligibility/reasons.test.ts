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
  const visitFr = 'Une visite sur place confirmera que rien ne cache la vue vers le relais.';
  const visitEn = 'A visit will confirm that nothing blocks the view to the relay.';

  it('explains a radio option in plain words, with the visit that confirms the line of sight', () => {
    expect(radioReasons('Jussy', s120, 2300)).toEqual({
      fr: `Le relais de Jussy est à 2,3 km et l’une de ses antennes est tournée vers vous (elle porte à 5 km). ${visitFr}`,
      en: `The Jussy relay is 2.3 km away and one of its antennas faces your way (it reaches 5 km). ${visitEn}`,
    });
  });

  it('elides before a vowel and leaves the technicians’ detail out of the relay’s name', () => {
    expect(radioReasons('Auxerre — toit', s120, 850).fr).toMatch(/^Le relais d’Auxerre est à 850 m /);
    expect(radioReasons('Auxerre — toit', s120, 850).en).toMatch(/^The Auxerre relay is 850 m away /);
    expect(radioReasons('Égriselles', s120, 0).fr).toMatch(/^Vous êtes au pied du relais d’Égriselles\. /);
  });

  it('says when a sector is full, without promising a visit', () => {
    expect(radioReasons('Jussy', { ...s120, full: true }, 850)).toEqual({
      fr: 'Le relais de Jussy est à 850 m et l’une de ses antennes est tournée vers vous (elle porte à 5 km), mais cette antenne n’a plus de place pour l’instant.',
      en: 'The Jussy relay is 850 m away and one of its antennas faces your way (it reaches 5 km), but that antenna has no room left for now.',
    });
  });

  it('names antennas that cover all around', () => {
    expect(radioReasons('Jussy', { ...s120, beamwidthDeg: 360, rangeM: 3500 }, 1200).fr).toBe(
      `Le relais de Jussy est à 1,2 km et son antenne couvre tout autour, jusqu’à 3,5 km. ${visitFr}`,
    );
  });

  it('explains fibre by building and by zone', () => {
    expect(buildingReasons('deployed', 12)).toEqual({
      fr: 'La fibre est installée dans l’immeuble à 12 m de ce point.',
      en: 'Fibre is installed in the building 12 m from this spot.',
    });
    expect(buildingReasons('in_progress', 12).fr).toBe(
      'La fibre arrive : les travaux sont en cours pour l’immeuble à 12 m de ce point.',
    );
    expect(zoneReasons('Vaux', 'planned')).toEqual({
      fr: 'Dans la zone fibre « Vaux » : la fibre y est prévue.',
      en: 'Inside the “Vaux” fibre area: fibre is planned there.',
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
    expect(radioFr?.reason).toMatch(/^Le relais de Jussy est à 2,3 km/);
    expect(zoneFr?.reason).toBe('Dans la zone fibre « Jussy bourg » : la fibre y est prévue.');
    const [radioEn, zoneEn] = index.check({ ...point, lang: 'en' }).options;
    expect(radioEn?.reason).toMatch(/^The Jussy relay is 2.3 km away/);
    expect(zoneEn?.reason).toBe('Inside the “Jussy bourg” fibre area: fibre is planned there.');
    expect(radioEn?.reasons).toEqual(radioFr?.reasons);
  });

  it('gives the fibre distance in the reason of a building option', () => {
    const point = at(JUSSY, 10, 3000);
    const index = createEligibilityIndex(
      coverage({ buildings: [building({ id: 'b', ...at(point, 90, 12) })] }),
    );
    expect(index.check({ ...point, lang: 'en' }).options[0]?.reason).toBe(
      'Fibre is installed in the building 12 m from this spot.',
    );
  });
});
