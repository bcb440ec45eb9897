import { describe, expect, it } from 'vitest';
import { periods, toSeries } from './series.ts';

describe('dashboard series', () => {
  it('lists Monday-started weeks and first days of months up to now', () => {
    const now = new Date(2026, 11, 2); // Wednesday 2 December 2026
    expect(periods('week', 3, now)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(periods('month', 3, now)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01']);
  });

  it('puts a zero where a category had nothing that period', () => {
    const rows = [
      { period: '2026-11-23', category: 'repair', count: 2 },
      { period: '2026-11-30', category: 'power', count: 1 },
    ];
    expect(toSeries(rows, ['2026-11-16', '2026-11-23', '2026-11-30'])).toEqual([
      { category: 'power', values: [0, 0, 1] },
      { category: 'repair', values: [0, 2, 0] },
    ]);
  });
});
