import './layers.css';
import { useState, type ReactNode } from 'react';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import type { MessageKey } from '../i18n/fr.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DemandLegend } from './DemandLegend.tsx';
import { isVisibleBuilding } from './geometry.ts';

const items: { key: MessageKey; swatch: string }[] = [
  { key: 'map.legend.site', swatch: 'site' },
  { key: 'map.legend.sector', swatch: 'sector' },
  { key: 'map.legend.sectorFull', swatch: 'sector-full' },
  { key: 'map.legend.zone', swatch: 'zone' },
  { key: 'map.legend.deployed', swatch: 'deployed' },
  { key: 'map.legend.planned', swatch: 'planned' },
  { key: 'map.legend.targeted', swatch: 'targeted' },
  { key: 'map.legend.cluster', swatch: 'cluster' },
];

/** What the colours mean (collapsed by default on phones), how much is on the map, how fresh it is. */
export function Legend({
  coverage,
  buildingCount,
  footer,
}: {
  coverage: CoverageData | undefined;
  /** When the buildings are not all loaded (the public map loads them by view). */
  buildingCount?: number;
  /** Under the counts, always visible (the public map's offline package). */
  footer?: ReactNode;
}) {
  const { t, formatDate } = useI18n();
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 600px)').matches);
  const buildings =
    buildingCount ?? coverage?.buildings.filter((b) => isVisibleBuilding(b.state)).length ?? 0;
  return (
    <div className="map-legend" data-testid="map-legend">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="map-legend__summary">{t('map.legend')}</summary>
        <ul className="map-legend__items">
          {items.map(({ key, swatch }) => (
            <li key={key} className="map-legend__item">
              <span className={`swatch swatch--${swatch}`} aria-hidden="true" />
              {t(key)}
            </li>
          ))}
        </ul>
        <DemandLegend />
      </details>
      {coverage && (
        <p
          className="map-legend__meta"
          data-testid="coverage-counts"
          data-sites={coverage.sites.length}
          data-buildings={buildings}
        >
          {t('map.count.sites', { count: coverage.sites.length })} ·{' '}
          {t('map.count.buildings', { count: buildings })}
          <br />
          <span data-testid="data-as-of">{t('map.dataAsOf', { date: formatDate(coverage.dataAsOf) })}</span>
        </p>
      )}
      {footer}
    </div>
  );
}
