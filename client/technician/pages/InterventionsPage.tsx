import { useT } from '../../i18n/i18n.tsx';

/** Placeholder until the technician data layer lands: the list reads from the local database. */
export function InterventionsPage() {
  const t = useT();
  return (
    <div className="page__content" data-testid="technician-home">
      <h1>{t('tech.interventions.title')}</h1>
      <p className="empty-state">{t('tech.interventions.empty')}</p>
    </div>
  );
}
