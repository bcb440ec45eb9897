import { describe, expect, it } from 'vitest';
import { deFr, relayNoun, towards } from './wording.ts';

describe('public wording', () => {
  it('elides "de" before a vowel, not before a consonant or an h', () => {
    expect(deFr('Auxerre')).toBe('d’Auxerre');
    expect(deFr('Égriselles')).toBe('d’Égriselles');
    expect(deFr('Jussy')).toBe('de Jussy');
    expect(deFr('Héry')).toBe('de Héry');
  });

  it('names a relay by its place, without the technicians’ detail', () => {
    expect(relayNoun('Auxerre — toit', 'fr')).toBe('le relais d’Auxerre');
    expect(relayNoun("Vermenton — château d'eau", 'en')).toBe('the Vermenton relay');
    expect(relayNoun('Saint-Bris-le-Vineux', 'fr')).toBe('le relais de Saint-Bris-le-Vineux');
  });

  it('gives eight compass directions with the right French article', () => {
    expect(towards(0, 'fr')).toBe('au nord');
    expect(towards(92, 'fr')).toBe('à l’est');
    expect(towards(275, 'fr')).toBe('à l’ouest');
    expect(towards(220, 'en')).toBe('to the south-west');
    expect(towards(350, 'en')).toBe('to the north');
  });
});
