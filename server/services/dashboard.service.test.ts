import { describe, expect, it } from 'vitest';
import { communeOf } from './dashboard.service.ts';

describe('communeOf', () => {
  it('reads the postcode and town at the end of an address', () => {
    expect(communeOf('12 rue du Port, 89300 Joigny')).toBe('89300 Joigny');
    expect(communeOf('Lieu-dit Les Bordes 89500 Villeneuve-sur-Yonne')).toBe('89500 Villeneuve-sur-Yonne');
  });
  it('says nothing without a postcode', () => {
    expect(communeOf('Chemin des vignes')).toBeNull();
    expect(communeOf(null)).toBeNull();
  });
});
