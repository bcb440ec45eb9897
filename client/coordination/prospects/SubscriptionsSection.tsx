import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Empty, LoadError, Loading, LoadMore } from '../ui/QueryStatus.tsx';
import { Contact } from './Contact.tsx';
import { SurveyReport } from './SurveyReport.tsx';
import { useSubscriptionRequests, type SubscriptionItem } from './queries.ts';

export function SubscriptionsSection() {
  const { t } = useI18n();
  const list = useSubscriptionRequests();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="coord-section" aria-labelledby="subscriptions-title">
      <h2 id="subscriptions-title">{t('coordination.prospects.subscriptions')}</h2>
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && (
        <Empty>{t('coordination.prospects.subscriptionsEmpty')}</Empty>
      )}
      <ul className="coord-list">
        {items.map((s) => (
          <li key={s.id} className="coord-list__item" data-testid="subscription">
            <Subscription request={s} />
          </li>
        ))}
      </ul>
      <LoadMore {...list} />
    </section>
  );
}

function Subscription({ request: s }: { request: SubscriptionItem }) {
  const { t, locale, formatDate } = useI18n();
  return (
    <article className="coord-item">
      <p className="coord-item__head">
        <strong>{s.name}</strong>
        <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, locale)}</time>
      </p>
      <p>
        <span className="coord-tag">{t(`coordination.prospects.technology.${s.technology}`)}</span>{' '}
        <span className="coord-tag">{t(`coordination.prospects.status.${s.status}`)}</span>
        {s.surveyOutcome && (
          <>
            {' '}
            <span className="coord-tag" data-testid="survey-outcome">
              {t(`prospects.outcome.${s.surveyOutcome}`)}
            </span>
          </>
        )}
      </p>
      {s.address && <p>{s.address}</p>}
      <Contact email={s.email} phone={s.phone} />
      {s.comment && <p className="coord-notes">{s.comment}</p>}
      {s.surveyOutcome && <SurveyReport requestId={s.id} />}
      <p className="coord-muted">
        {t('coordination.prospects.retention', { date: formatDate(s.retentionUntil) })}
      </p>
    </article>
  );
}
