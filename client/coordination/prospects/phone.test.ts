import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone.ts';

describe('prospect contact', () => {
  it('shows French numbers the French way and keeps others as stored', () => {
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('+33386123456')).toBe('03 86 12 34 56');
    expect(formatPhone('+262692123456')).toBe('+262692123456');
    expect(formatPhone('+4915112345678')).toBe('+4915112345678');
  });
});
