import { useT } from '../../i18n/i18n.tsx';
import { ConflictNotices } from '../components/ConflictNotices.tsx';
import { InterventionCard } from '../components/InterventionCard.tsx';
import { RecordListPage } from '../components/RecordListPage.tsx';
import { useInterventionItems } from '../queries.ts';

/** My interventions, from the device's database: the same list offline and online. */
export function InterventionsPage() {
  const t = useT();
  const items = useInterventionItems();
  const toFix = items?.filter((i) => i.state === 'rejected' || i.state === 'changes_requested').length ?? 0;
  return (
    <RecordListPage
      testId="technician-home"
      title={t('tech.interventions.title')}
      newRecord={{ to: '/technicien/nouvelle', label: t('technician.list.new') }}
      empty={t('tech.interventions.empty')}
      items={items}
      listTestId="intervention-list"
      Card={InterventionCard}
    >
      <ConflictNotices />
      {toFix > 0 && (
        <p className="notice notice--warn" data-testid="to-fix">
          {t('technician.list.toFix', { count: toFix })}
        </p>
      )}
    </RecordListPage>
  );
}
