import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { InterventionCard } from '../components/InterventionCard.tsx';
import { SavedNotice } from '../components/SavedNotice.tsx';
import { useInterventionItems } from '../queries.ts';

/** My interventions, from the device's database: the same list offline and online. */
export function InterventionsPage() {
  const t = useT();
  const items = useInterventionItems();
  const toFix = items?.filter((i) => i.state === 'rejected' || i.state === 'changes_requested').length ?? 0;
  return (
    <div className="page__content tech-page" data-testid="technician-home">
      <SavedNotice />
      <div className="page-title">
        <h1>{t('tech.interventions.title')}</h1>
        <Link className="button button--primary" to="/technicien/nouvelle">
          {t('technician.list.new')}
        </Link>
      </div>
      {toFix > 0 && (
        <p className="notice notice--warn" data-testid="to-fix">
          {t('technician.list.toFix', { count: toFix })}
        </p>
      )}
      {items === undefined ? (
        <p className="page-status">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty-state">{t('tech.interventions.empty')}</p>
      ) : (
        <ul className="record-list" data-testid="intervention-list">
          {items.map((item) => (
            <InterventionCard key={item.row.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
