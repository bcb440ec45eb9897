import { describe, expect, it } from 'vitest';
import { datedFileName } from './download.ts';
import { formatDateTime, formatValue } from './format.ts';

describe('coordination formatting', () => {
  it('formats instants in the reader’s language and time zone', () => {
    expect(formatDateTime('2026-11-05T13:30:00Z', 'fr-FR', 'Europe/Paris')).toBe('5 nov. 2026, 14:30');
    expect(formatDateTime('2026-11-05T13:30:00Z', 'en-GB', 'Europe/London')).toBe('5 Nov 2026, 13:30');
    expect(formatDateTime('not a date', 'fr-FR')).toBe('not a date');
  });

  it('renders stored values as one readable line, null when empty', () => {
    expect(formatValue(null, 'fr-FR')).toBeNull();
    expect(formatValue('', 'fr-FR')).toBeNull();
    expect(formatValue([], 'fr-FR')).toBeNull();
    expect(formatValue('Note A', 'fr-FR')).toBe('Note A');
    expect(formatValue(-21.5, 'fr-FR')).toBe('-21,5');
    expect(formatValue(true, 'fr-FR')).toBe('✓');
    expect(formatValue({ lat: 47.812345678, lon: 3.5 }, 'fr-FR')).toBe('47.81235, 3.50000');
    expect(formatValue({ rssiDbm: -58, note: null }, 'en-GB')).toBe('rssiDbm : -58 · note : ∅');
    expect(formatValue(['a', 'b'], 'fr-FR')).toBe('a, b');
  });

  it('names export files after the local day', () => {
    expect(datedFileName('terrain-interventions', new Date(2026, 10, 5, 23, 59))).toBe(
      'terrain-interventions-2026-11-05.csv',
    );
    expect(datedFileName('terrain-prospects', new Date(2027, 0, 9, 0, 1))).toBe(
      'terrain-prospects-2027-01-09.csv',
    );
  });
});
