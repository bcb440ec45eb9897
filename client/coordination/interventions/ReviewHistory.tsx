import type { ReviewEntry } from '../../../shared/schemas/interventions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime } from '../ui/format.ts';

/** Every decision on this intervention, oldest first (from the audit log). */
export function ReviewHistory({ reviews }: { reviews: ReviewEntry[] }) {
  const { t, locale } = useI18n();
  return (
    <section className="coord-card" aria-labelledby="history-title">
      <h2 id="history-title">{t('coordination.review.history')}</h2>
      {reviews.length === 0 ? (
        <p className="coord-muted">{t('coordination.review.historyEmpty')}</p>
      ) : (
        <ol className="coord-timeline" data-testid="review-history">
          {reviews.map((r, i) => {
            const name = r.reviewerName ?? t('coordination.review.someone');
            return (
              <li key={`${r.at}-${i}`} className={`coord-timeline__item coord-timeline__item--${r.decision}`}>
                <strong>
                  {r.decision === 'approve'
                    ? t('coordination.review.approvedBy', { name })
                    : t('coordination.review.requestedBy', { name })}
                </strong>
                <time dateTime={r.at}>{formatDateTime(r.at, locale)}</time>
                {r.comment && <p>{r.comment}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
