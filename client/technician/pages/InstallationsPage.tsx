import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { InstallationCard } from '../components/InstallationCard.tsx';
import { SavedNotice } from '../components/SavedNotice.tsx';
import { useInstallationItems } from '../queries.ts';

/** My installations (ONT, antennas), from the device's database. */
export function InstallationsPage() {
  const t = useT();
  const items = useInstallationItems();
  return (
    <div className="page__content tech-page" data-testid="installations-page">
      <SavedNotice />
      <div className="page-title">
        <h1>{t('tech.installations.title')}</h1>
        <Link className="button button--primary" to="/technicien/installations/nouvelle">
          {t('technician.install.new')}
        </Link>
      </div>
      {items === undefined ? (
        <p className="page-status">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty-state">{t('tech.installations.empty')}</p>
      ) : (
        <ul className="record-list">
          {items.map((item) => (
            <InstallationCard key={item.row.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
