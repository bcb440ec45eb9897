// The public demand layer's classes: counts per H3 cell from `interest.demand`, small counts already
// bucketed by the server ("1-2"). Pure, unit-tested.
import type { DemandCount } from '../../shared/schemas/interest.ts';

export interface DemandClass {
  /** Smallest total in the class; the first class is the server's "1-2" bucket. */
  min: number;
  label: string;
  fill: string;
}

// A purple ramp: apart from the network's blue (radio), green and amber (fibre).
export const demandClasses: readonly DemandClass[] = [
  { min: 1, label: '1–2', fill: '#d8b4fe' },
  { min: 3, label: '3–4', fill: '#c084fc' },
  { min: 5, label: '5–9', fill: '#a855f7' },
  { min: 10, label: '10–19', fill: '#9333ea' },
  { min: 20, label: '20+', fill: '#6b21a8' },
];

export const DEMAND_STROKE = '#581c87';

/** The class of a cell's total; a bucketed total is the lowest class. */
export function demandClass(total: DemandCount): DemandClass {
  const first = demandClasses[0];
  if (!first) throw new Error('no demand classes');
  if (total.count === null) return first;
  let found = first;
  for (const c of demandClasses) if (total.count >= c.min) found = c;
  return found;
}

/** What the cell says on the map: "1–2" for a bucket (never a smaller number), else the count. */
export function demandLabel(total: DemandCount): string {
  return total.count === null ? '1–2' : String(total.count);
}
