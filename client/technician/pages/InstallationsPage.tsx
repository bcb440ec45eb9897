import { useT } from '../../i18n/i18n.tsx';

/** Placeholder for installations (installation.create mutator, ONT serial scanning). */
export function InstallationsPage() {
  const t = useT();
  return (
    <div className="page__content">
      <h1>{t('tech.installations.title')}</h1>
      <p className="empty-state">{t('tech.installations.empty')}</p>
    </div>
  );
}
