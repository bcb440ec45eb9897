// "Valider" / "Demander une correction". The comment goes back to the technician's device by sync.
import { useState, type FormEvent } from 'react';
import type { InterventionListItem } from '../../../shared/schemas/interventions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useReviewIntervention } from './mutations.ts';

export function ReviewPanel({ item }: { item: InterventionListItem }) {
  const { t, lang } = useI18n();
  const review = useReviewIntervention(item.id);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  const sendBack = (e: FormEvent) => {
    e.preventDefault();
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    review.mutate(
      { id: item.id, decision: 'request_changes', comment: comment.trim() },
      {
        onSuccess: () => {
          setAsking(false);
          setComment('');
        },
      },
    );
  };

  return (
    <section className="coord-card coord-review" aria-labelledby="review-title">
      <h2 id="review-title">{t('coordination.review.title')}</h2>
      {item.status === 'changes_requested' && item.reviewComment && (
        <div className="coord-callout" data-testid="review-comment">
          <strong>{t('coordination.review.currentComment')}</strong>
          <p>{item.reviewComment}</p>
        </div>
      )}
      {item.status === 'approved' ? (
        <p className="coord-muted">{t('coordination.review.approvedNote')}</p>
      ) : asking ? (
        <form className="form" onSubmit={sendBack} noValidate>
          <label className="field">
            <span className="field__label">{t('coordination.review.comment')}</span>
            <textarea
              className="field__input coord-textarea"
              value={comment}
              rows={4}
              maxLength={2000}
              required
              aria-invalid={missing}
              aria-describedby="review-hint"
              // Opened by a deliberate tap on "Demander une correction": the comment is what comes next.
              autoFocus
              onChange={(e) => {
                setComment(e.target.value);
                setMissing(false);
              }}
            />
            <span id="review-hint" className={missing ? 'coord-field-error' : 'coord-muted'}>
              {missing ? t('coordination.review.commentRequired') : t('coordination.review.commentHint')}
            </span>
          </label>
          <div className="coord-actions">
            <button type="submit" className="button button--primary" disabled={review.isPending}>
              {t('coordination.review.send')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('coordination.review.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="coord-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={review.isPending}
            onClick={() => review.mutate({ id: item.id, decision: 'approve' })}
          >
            <span aria-hidden="true">✓</span> {t('coordination.review.approve')}
          </button>
          <button
            type="button"
            className="button"
            disabled={review.isPending}
            onClick={() => setAsking(true)}
          >
            {t('coordination.review.requestChanges')}
          </button>
        </div>
      )}
      {review.isError && (
        <p className="form__error" role="alert">
          {errorMessage(review.error, lang, t)}
        </p>
      )}
    </section>
  );
}
