// Technology at a glance (one tap); zone, technician, dates and the optical-reading check beside it.
import { useT } from '../../i18n/i18n.tsx';
import { useTechnicians } from '../interventions/queries.ts';
import type { InstallationListFilters } from './filters.ts';
import { useInventory } from './queries.ts';

const technologies = [undefined, 'fibre', 'radio'] as const;

export function InstallationFiltersBar({
  filters,
  onChange,
}: {
  filters: InstallationListFilters;
  onChange(next: InstallationListFilters): void;
}) {
  const t = useT();
  const technicians = useTechnicians().data;
  const zones = useInventory().data?.zones;
  const set = (patch: Partial<InstallationListFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="coord-filters" data-testid="installation-filters">
      <div className="coord-chips" role="group" aria-label={t('coordination.installations.technology')}>
        {technologies.map((tech) => (
          <button
            key={tech ?? 'all'}
            type="button"
            className="coord-chip"
            aria-pressed={filters.technology === tech}
            onClick={() => set({ technology: tech })}
          >
            {t(tech ? `coordination.prospects.technology.${tech}` : 'coordination.filters.any')}
          </button>
        ))}
      </div>
      <div className="coord-filters__grid">
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
          <span className="field__label">{t('office.installations.state')}</span>
          <select
            className="field__input"
            value={filters.status ?? ''}
            onChange={(e) =>
              set({
                status:
                  e.target.value === 'active' || e.target.value === 'removed' ? e.target.value : undefined,
              })
            }
          >
            <option value="">{t('coordination.filters.any')}</option>
            <option value="active">{t('office.installations.active')}</option>
            <option value="removed">{t('coordination.installations.removed')}</option>
          </select>
        </label>
      </div>
      <label className="coord-toggle">
        <input
          type="checkbox"
          checked={filters.outOfWindow ?? false}
          onChange={(e) => set({ outOfWindow: e.target.checked || undefined })}
        />
        <span>{t('coordination.installations.outOfWindow')}</span>
      </label>
    </div>
  );
}
