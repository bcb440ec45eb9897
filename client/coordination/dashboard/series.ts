// The dashboard's rows (one per week or month and category) as chart series: every period on the
// axis, a zero where nothing happened, one series per category. Pure, so it is unit-tested.

export interface Counted {
  period: string;
  category: string;
  count: number;
}

/** Monday-started weeks or first-of-month days, `count` of them, ending with the current one. */
export function periods(kind: 'week' | 'month', count: number, now: Date): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    if (kind === 'month') {
      out.push(day(new Date(now.getFullYear(), now.getMonth() - i, 1)));
    } else {
      const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
      out.push(day(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * i)));
    }
  }
  return out;
}

export function toSeries(rows: Counted[], axis: string[]): { category: string; values: number[] }[] {
  const categories = [...new Set(rows.map((r) => r.category))].sort();
  return categories.map((category) => ({
    category,
    values: axis.map((p) =>
      rows.filter((r) => r.category === category && r.period === p).reduce((n, r) => n + r.count, 0),
    ),
  }));
}
