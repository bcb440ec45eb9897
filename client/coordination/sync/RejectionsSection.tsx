import { Link } from 'react-router';
import type { MessageKey } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Empty, LoadError, Loading, LoadMore } from '../ui/QueryStatus.tsx';
import { useRejections, type RejectionItem } from './queries.ts';
import { ResolveButton } from './ResolveButton.tsx';
import { interventionIdOf, summariseArgs } from './summary.ts';

export function RejectionsSection({ showResolved }: { showResolved: boolean }) {
  const { t } = useI18n();
  const list = useRejections(showResolved);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="coord-section" aria-labelledby="rejections-title">
      <h2 id="rejections-title">{t('coordination.sync.rejections')}</h2>
      <p className="coord-muted">{t('coordination.sync.rejectionsIntro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && <Empty>{t('coordination.sync.rejectionsEmpty')}</Empty>}
      <ul className="coord-list">
        {items.map((r) => (
          <li key={r.id} className="coord-list__item" data-testid="rejection">
            <Rejection rejection={r} />
          </li>
        ))}
      </ul>
      <LoadMore {...list} />
    </section>
  );
}

/** What the technician was doing, in words (never the mutator's name). */
const actions: Record<string, MessageKey> = {
  'intervention.create': 'office.sync.action.interventionCreate',
  'intervention.update': 'office.sync.action.interventionUpdate',
  'installation.create': 'office.sync.action.installationCreate',
  'installation.replaceOnt': 'office.sync.action.replaceOnt',
  'installation.remove': 'office.sync.action.installationRemove',
};

function Rejection({ rejection: r }: { rejection: RejectionItem }) {
  const { t, locale } = useI18n();
  const interventionId = interventionIdOf(r.name, r.args);
  const labels: Record<string, string> = {
    kind: t('coordination.detail.kind'),
    summary: t('coordination.detail.summary'),
    technology: t('coordination.installations.technology'),
    ontSerial: t('coordination.installations.ont'),
    cpeMac: t('office.installations.cpeMac'),
    ptoReference: t('coordination.installations.pto'),
    siteId: t('coordination.detail.site'),
    sectorId: t('coordination.detail.sector'),
    buildingId: t('coordination.detail.building'),
    startedAt: t('coordination.detail.started'),
    installedAt: t('office.installations.installedAt'),
    notes: t('coordination.detail.notes'),
  };
  const summary = summariseArgs(r.args, 160, labels);
  const action = actions[r.name];
  const what = t('office.sync.entry', {
    action: action ? t(action) : t('office.sync.action.other'),
    n: r.mutationId,
  });
  return (
    <article className="coord-item">
      <p className="coord-item__head">
        <strong>{what}</strong>
        <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, locale)}</time>
      </p>
      <p className="coord-item__message">{r.message}</p>
      <dl className="coord-facts coord-facts--compact">
        <div className="coord-facts__row">
          <dt>{t('coordination.detail.technician')}</dt>
          <dd>{r.userName ?? t('coordination.sync.unknownPerson')}</dd>
        </div>
        <div className="coord-facts__row">
          <dt>{t('coordination.sync.mutation')}</dt>
          <dd>
            {interventionId ? <Link to={`/coordination/interventions/${interventionId}`}>{what}</Link> : what}
          </dd>
        </div>
        {summary && (
          <div className="coord-facts__row">
            <dt>{t('coordination.sync.args')}</dt>
            <dd className="coord-args">{summary}</dd>
          </div>
        )}
      </dl>
      <ResolveButton kind="rejection" id={r.id} resolvedAt={r.resolvedAt} />
    </article>
  );
}
