// "What changed since version 1": a resubmitted intervention shows each field that differs between the
// first version and the current one, in words (labels and values, never field names).
import { useQuery } from '@tanstack/react-query';
import type { InterventionListItem } from '../../../shared/schemas/interventions.ts';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { formatDateTime, formatValue } from '../ui/format.ts';
import { LoadError } from '../ui/QueryStatus.tsx';
import { readings } from './measurements.ts';

const labels: Record<string, MessageKey> = {
  summary: 'coordination.detail.summary',
  kind: 'coordination.detail.kind',
  notes: 'coordination.detail.notes',
  startedAt: 'coordination.detail.started',
  endedAt: 'coordination.detail.ended',
  siteId: 'coordination.detail.site',
  sectorId: 'coordination.detail.sector',
  buildingId: 'coordination.detail.building',
  fibreNodeId: 'coordination.detail.fibreNode',
  position: 'coordination.detail.position',
  measurements: 'coordination.measure.title',
  photos: 'coordination.photos.title',
};

export function VersionDiff({ item }: { item: InterventionListItem }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const diff = useQuery(
    trpc.interventions.versionDiff.queryOptions({ id: item.id, from: 1 }, { enabled: item.version > 1 }),
  );
  if (item.version <= 1) return null;
  const measureLabel = (key: string) => {
    const reading = readings({ [key]: 0 })[0];
    if (reading?.rx) return t('coordination.measure.rxPower');
    return reading?.named ? t(`coordination.measure.key.${reading.named}`) : key;
  };
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return t('office.diff.empty');
    if (field === 'kind' && typeof value === 'string') return t(`coordination.kind.${value as 'other'}`);
    if ((field === 'startedAt' || field === 'endedAt') && typeof value === 'string')
      return formatDateTime(value, locale);
    if (field === 'photos' && Array.isArray(value))
      return t('coordination.list.photos', { count: value.length });
    if (field === 'measurements' && value && typeof value === 'object') {
      return Object.entries(value)
        .map(([k, v]) => `${measureLabel(k)} : ${formatValue(v, locale) ?? '—'}`)
        .join(' · ');
    }
    return formatValue(value, locale) ?? t('office.diff.empty');
  };
  return (
    <section className="coord-card" aria-labelledby="diff-title" data-testid="version-diff">
      <h2 id="diff-title">{t('office.diff.title', { from: 1, to: item.version })}</h2>
      {diff.isError && <LoadError error={diff.error} onRetry={() => void diff.refetch()} />}
      {diff.data && diff.data.changes.length === 0 && <p>{t('office.diff.none')}</p>}
      {diff.data && diff.data.changes.length > 0 && (
        <table className="coord-table">
          <thead>
            <tr>
              <th scope="col">{t('office.diff.field')}</th>
              <th scope="col">{t('office.diff.before')}</th>
              <th scope="col">{t('office.diff.after')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.data.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">
                  {labels[c.field] ? t(labels[c.field] as MessageKey) : t('office.diff.other')}
                </th>
                <td>{show(c.field, c.before)}</td>
                <td>{show(c.field, c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
