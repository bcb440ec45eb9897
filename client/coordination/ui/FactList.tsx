import type { ReactNode } from 'react';

/** Label–value rows of a detail card; a row without a value is left out rather than shown empty. */
export function FactList({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="coord-facts">
      {rows.map(([label, value]) =>
        value ? (
          <div key={label} className="coord-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
