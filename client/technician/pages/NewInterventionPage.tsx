import { useT } from '../../i18n/i18n.tsx';

/** Placeholder for the offline entry form (intervention.create mutator). */
export function NewInterventionPage() {
  const t = useT();
  return (
    <div className="page__content">
      <h1>{t('tech.new.title')}</h1>
      <p className="empty-state">{t('tech.new.soon')}</p>
    </div>
  );
}
