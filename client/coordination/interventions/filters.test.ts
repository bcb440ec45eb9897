import { describe, expect, it } from 'vitest';
import { activeFilterCount, readFilters, toApiFilters, writeFilters } from './filters.ts';

const tech = '0b7a3f1e-8c2d-4e5f-9a6b-1c2d3e4f5a6b';

describe('review list filters', () => {
  it('reads valid filters from the address and ignores malformed ones', () => {
    const search = new URLSearchParams(
      `statut=submitted&du=2026-11-01&au=2026-11-30&relais=site-jussy&technicien=${tech}&vue=carte`,
    );
    expect(readFilters(search)).toEqual({
      status: 'submitted',
      from: '2026-11-01',
      to: '2026-11-30',
      siteId: 'site-jussy',
      technicianId: tech,
    });
    expect(readFilters(new URLSearchParams('statut=lost&du=yesterday&technicien=bob&relais='))).toEqual({});
  });

  it('writes filters back, keeping other parameters and dropping cleared ones', () => {
    const next = writeFilters(
      { status: 'approved', siteId: undefined },
      new URLSearchParams('vue=carte&relais=site-a'),
    );
    expect(next.toString()).toBe('vue=carte&statut=approved');
    expect(readFilters(writeFilters({ from: '2026-01-02' }, new URLSearchParams()))).toEqual({
      from: '2026-01-02',
    });
  });

  it('counts active filters, with or without the status', () => {
    expect(activeFilterCount({ status: 'submitted', siteId: 'x' })).toBe(2);
    expect(activeFilterCount({ status: 'submitted', siteId: 'x' }, { withStatus: false })).toBe(1);
    expect(activeFilterCount({})).toBe(0);
  });

  it('turns days into local-midnight instants, the `to` day included', () => {
    const api = toApiFilters({ from: '2026-03-01', to: '2026-03-31', status: 'changes_requested' });
    expect(new Date(api.from ?? '').getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(api.to ?? '').getTime()).toBe(new Date(2026, 3, 1).getTime());
    expect(api.status).toBe('changes_requested');
    expect(toApiFilters({})).toEqual({});
  });
});
