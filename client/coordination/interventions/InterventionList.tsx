// Rows of interventions (the review list, a relay's history), newest first, "Charger plus" at the end.
import { Link, useLocation } from 'react-router';
import type { InterventionListItem } from '../../../shared/schemas/interventions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Empty, LoadError, Loading, LoadMore } from '../ui/QueryStatus.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import type { useInterventionList } from './queries.ts';

export type InterventionListQuery = ReturnType<typeof useInterventionList>;

export function InterventionList({
  list,
  showSite = true,
}: {
  list: InterventionListQuery;
  showSite?: boolean;
}) {
  const { t } = useI18n();
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((p) => p.items);
  return (
    <>
      <p className="coord-count" role="status" aria-live="polite">
        {items.length ? t('coordination.list.count', { count: items.length }) : ''}
      </p>
      {items.length === 0 ? (
        <Empty>{t('coordination.list.empty')}</Empty>
      ) : (
        <ul className="coord-rows">
          {items.map((item) => (
            <li key={item.id}>
              <Row item={item} showSite={showSite} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore {...list} />
    </>
  );
}

function Row({ item, showSite }: { item: InterventionListItem; showSite: boolean }) {
  const { t, locale } = useI18n();
  const location = useLocation();
  // In words: a relay's or fibre point's name, a building's address; never a bare IMB id.
  const place =
    item.siteName ??
    item.buildingAddress ??
    item.fibrePointName ??
    (item.buildingId
      ? t('office.place.building')
      : item.fibreNodeId
        ? `${t('office.place.fibrePoint')} ${item.fibreNodeId}`
        : (item.siteId ?? t('coordination.list.noSite')));
  return (
    <Link
      className={`coord-row${item.kind === 'power' || item.kind === 'fibre_cut' ? ' coord-row--outage' : ''}`}
      to={`/coordination/interventions/${item.id}`}
      state={{ from: location.pathname + location.search }}
      data-testid="intervention-row"
    >
      <span className="coord-row__main">
        <span className="coord-row__kind">{t(`coordination.kind.${item.kind}`)}</span>
        <span className="coord-row__summary">{item.summary}</span>
      </span>
      <time className="coord-row__date" dateTime={item.startedAt}>
        {formatDateTime(item.startedAt, locale)}
      </time>
      <span className="coord-row__meta">
        {showSite && <span className="coord-row__place">{place}</span>}
        <span>
          {item.technicianName} ·{' '}
          {item.photoCount
            ? t('coordination.list.photos', { count: item.photoCount })
            : t('coordination.list.noPhoto')}
        </span>
      </span>
      <span className="coord-row__status">
        <StatusBadge status={item.status} />
      </span>
    </Link>
  );
}
