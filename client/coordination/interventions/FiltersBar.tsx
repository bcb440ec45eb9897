// Status at a glance (one tap), the rarer filters folded under "Filtres".
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useCoverage } from '../../public-map/queries.ts';
import { activeFilterCount, type ListFilters } from './filters.ts';
import { interventionKinds } from '../../../shared/schemas/interventions.ts';
import { useInventory } from '../installations/queries.ts';
import { useTechnicians } from './queries.ts';

/** All, then the order of the work: to review, sent back, approved. */
const chips = [undefined, 'submitted', 'changes_requested', 'approved'] as const;

interface Props {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
}

export function FiltersBar({ filters, onChange }: Props) {
  const t = useT();
  const sites = useCoverage().data?.sites;
  const technicians = useTechnicians().data;
  const zones = useInventory().data?.zones;
  const folded = activeFilterCount(filters, { withStatus: false });
  // Open from the start on a desk screen, or when the address already narrows the list.
  const [open] = useState(() => folded > 0 || window.matchMedia('(min-width: 900px)').matches);
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  const sortedSites = sites ? [...sites].sort((a, b) => a.name.localeCompare(b.name, 'fr')) : [];

  return (
    <div className="coord-filters">
      <div className="coord-chips" role="group" aria-label={t('coordination.filters.status')}>
        {chips.map((status) => (
          <button
            key={status ?? 'all'}
            type="button"
            className="coord-chip"
            aria-pressed={filters.status === status}
            onClick={() => set({ status })}
          >
            {t(status ? `coordination.filters.status.${status}` : 'coordination.status.all')}
          </button>
        ))}
      </div>
      <details className="coord-filters__more" open={open}>
        <summary className="coord-filters__summary">
          {t('coordination.filters.more')}
          {folded > 0 && ` (${t('coordination.filters.active', { count: folded })})`}
        </summary>
        <div className="coord-filters__grid">
          <label className="field">
            <span className="field__label">{t('coordination.filters.from')}</span>
            <input
              className="field__input"
              type="date"
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(e) => set({ from: e.target.value || undefined })}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('coordination.filters.to')}</span>
            <input
              className="field__input"
              type="date"
              value={filters.to ?? ''}
              min={filters.from}
              onChange={(e) => set({ to: e.target.value || undefined })}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('coordination.filters.site')}</span>
            <select
              className="field__input"
              value={filters.siteId ?? ''}
              onChange={(e) => set({ siteId: e.target.value || undefined })}
            >
              <option value="">{t('coordination.filters.any')}</option>
              {sortedSites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('coordination.filters.technician')}</span>
            <select
              className="field__input"
              value={filters.technicianId ?? ''}
              onChange={(e) => set({ technicianId: e.target.value || undefined })}
            >
              <option value="">{t('coordination.filters.any')}</option>
              {technicians?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('office.filters.kind')}</span>
            <select
              className="field__input"
              value={filters.kind ?? ''}
              onChange={(e) => {
                const kind = interventionKinds.find((k) => k === e.target.value);
                set({ kind });
              }}
            >
              <option value="">{t('coordination.filters.any')}</option>
              {interventionKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`coordination.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('office.filters.zone')}</span>
            <select
              className="field__input"
              value={filters.zoneId ?? ''}
              onChange={(e) => set({ zoneId: e.target.value || undefined })}
            >
              <option value="">{t('office.filters.anyZone')}</option>
              {zones?.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        {folded > 0 && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => onChange({ status: filters.status })}
          >
            {t('coordination.filters.reset')}
          </button>
        )}
      </details>
    </div>
  );
}
