import { useT } from '../i18n/i18n.tsx';

/** Placeholder: will list interventions to review (`interventions.list`, `interventions.review`). */
export function ReviewListPage() {
  const t = useT();
  return (
    <div className="page__content" data-testid="coordination-home">
      <h1>{t('coord.review.title')}</h1>
      <p className="empty-state">{t('coord.review.empty')}</p>
    </div>
  );
}
