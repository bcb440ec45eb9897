import { describe, expect, it } from 'vitest';
import { readInstallationFilters, toInstallationApiFilters, writeInstallationFilters } from './filters.ts';

describe('installation filters in the address', () => {
  it('round-trips every filter and keeps the view parameter', () => {
    const filters = {
      technology: 'fibre' as const,
      zoneId: 'zone-joigny',
      technicianId: '0b6b4b1e-3c1a-4a57-9d5e-1f7c2b3a4d5e',
      from: '2026-11-01',
      to: '2026-11-30',
      outOfWindow: true,
    };
    const search = writeInstallationFilters(filters, new URLSearchParams('vue=carte'));
    expect(search.get('horsPlage')).toBe('1');
    expect(search.get('vue')).toBe('carte');
    expect(readInstallationFilters(search)).toEqual(filters);
  });

  it('ignores malformed values instead of sending them', () => {
    const read = readInstallationFilters(new URLSearchParams('technologie=adsl&du=hier&horsPlage=oui'));
    expect(read).toEqual({});
  });

  it('includes the whole last day', () => {
    const api = toInstallationApiFilters({ from: '2026-11-01', to: '2026-11-30' });
    expect(new Date(api.to ?? '').getDate()).toBe(1);
    expect(new Date(api.to ?? '').getMonth()).toBe(11);
    expect(new Date(api.from ?? '').getDate()).toBe(1);
  });
});
