import { useQuery } from '@tanstack/react-query';
import type { JobListItem } from '../../../shared/schemas/jobs.ts';
import { subscriptionStatus } from '../../../shared/schemas/subscription.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { formatDateTime } from '../ui/format.ts';
import { Empty, LoadError, Loading, LoadMore } from '../ui/QueryStatus.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { Contact } from './Contact.tsx';
import { SurveyReport } from './SurveyReport.tsx';
import { ExportPerson } from './ExportPerson.tsx';
import { useDeleteSubscription, useSetSubscriptionStatus } from './mutations.ts';
import { JobLines, PlanJob } from './PlanJob.tsx';
import { useSubscriptionRequests, type SubscriptionItem } from './queries.ts';

export function SubscriptionsSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const list = useSubscriptionRequests();
  // Every visit (≤ 500, newest first), grouped by request: one query rather than one per request.
  const jobs = useQuery(trpc.jobs.list.queryOptions({}));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const jobsOf = (id: string) => jobs.data?.filter((j) => j.subscriptionId === id) ?? [];
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
            <Subscription request={s} jobs={jobsOf(s.id)} />
          </li>
        ))}
      </ul>
      <LoadMore {...list} />
    </section>
  );
}

function Subscription({ request: s, jobs }: { request: SubscriptionItem; jobs: JobListItem[] }) {
  const { t, locale, formatDate, lang } = useI18n();
  const setStatus = useSetSubscriptionStatus();
  const remove = useDeleteSubscription();
  const closed = s.status === 'done' || s.status === 'cancelled';
  const planned = jobs.some((j) => j.status === 'open');
  return (
    <article className="coord-item">
      <p className="coord-item__head">
        <strong>{s.name}</strong>
        <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, locale)}</time>
      </p>
      <p>
        <span className="coord-tag">{t(`coordination.prospects.technology.${s.technology}`)}</span>{' '}
        <span className="coord-tag" data-testid="subscription-status">
          {t(`coordination.prospects.status.${s.status}`)}
        </span>
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
      <JobLines jobs={jobs} />
      <div className="coord-actions">
        {!closed && !planned && <PlanJob subscriptionId={s.id} />}
        <label className="field coord-inline-field">
          <span className="field__label">{t('office.prospects.status')}</span>
          <select
            className="field__input"
            value={s.status}
            disabled={setStatus.isPending}
            onChange={(e) => {
              const status = subscriptionStatus.safeParse(e.target.value);
              if (status.success) setStatus.mutate({ id: s.id, status: status.data });
            }}
          >
            {subscriptionStatus.options.map((o) => (
              <option key={o} value={o}>
                {t(`coordination.prospects.status.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {setStatus.isError && (
        <p className="form__error" role="alert">
          {errorMessage(setStatus.error, lang, t)}
        </p>
      )}
      <p className="coord-muted">
        {t('coordination.prospects.retention', { date: formatDate(s.retentionUntil) })}
      </p>
      <div className="coord-actions">
        <ExportPerson kind="subscription" id={s.id} />
        <ConfirmDelete
          id={s.id}
          name={s.name}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate({ id: s.id })}
        />
      </div>
    </article>
  );
}
