// `/coordination/interventions/:id`: everything about one intervention, and its review.
import { Link, useLocation, useParams } from 'react-router';
import { z } from 'zod';
import { useI18n } from '../../i18n/i18n.tsx';
import { refusalOf } from '../../lib/refusal.ts';
import { Empty, LoadError, Loading } from '../ui/QueryStatus.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { InterventionFacts } from './InterventionFacts.tsx';
import { Measurements } from './Measurements.tsx';
import { Photos } from './Photos.tsx';
import { useIntervention } from './queries.ts';
import { RecordConflicts } from './RecordConflicts.tsx';
import { ReviewHistory } from './ReviewHistory.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { VersionDiff } from './VersionDiff.tsx';

/** The list (with its filters) this page was opened from, to go back to it. */
const fromList = z.object({ from: z.string().startsWith('/coordination') });

export function InterventionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const back = fromList.safeParse(location.state);
  const query = useIntervention(id);

  return (
    <div className="page__content coord-page coord-detail" data-testid="intervention-detail">
      <Link className="coord-back" to={back.success ? back.data.from : '/coordination'}>
        <span aria-hidden="true">←</span> {t('coordination.back')}
      </Link>
      {query.isPending && <Loading label={t('coordination.detail.loading')} />}
      {query.isError &&
        (refusalOf(query.error)?.domainCode === 'NOT_FOUND' ||
        refusalOf(query.error)?.code === 'BAD_REQUEST' ? (
          <Empty>{t('coordination.detail.notFound')}</Empty>
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ))}
      {query.data && <Detail data={query.data} />}
    </div>
  );
}

function Detail({ data }: { data: NonNullable<ReturnType<typeof useIntervention>['data']> }) {
  const { t } = useI18n();
  const { intervention: item, reviews, conflicts } = data;
  return (
    <>
      <header className="coord-detail__head">
        <p className="coord-kicker">{t(`coordination.kind.${item.kind}`)}</p>
        <h1>{item.summary}</h1>
        <StatusBadge status={item.status} />
      </header>
      <div className="coord-detail__grid">
        <div className="coord-detail__col">
          <InterventionFacts item={item} />
          <Measurements measurements={item.measurements} />
          <Photos photos={item.photos} />
        </div>
        <div className="coord-detail__col">
          <ReviewPanel item={item} />
          <VersionDiff item={item} />
          <ReviewHistory reviews={reviews} />
          <RecordConflicts conflicts={conflicts} />
        </div>
      </div>
    </>
  );
}
