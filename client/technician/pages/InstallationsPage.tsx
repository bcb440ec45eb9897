import { useT } from '../../i18n/i18n.tsx';
import { InstallationCard } from '../components/InstallationCard.tsx';
import { RecordListPage } from '../components/RecordListPage.tsx';
import { JobsSection } from '../jobs/JobsSection.tsx';
import { useInstallationItems } from '../queries.ts';

/** My planned visits, then my installations (ONT, antennas), from the device's database. */
export function InstallationsPage() {
  const t = useT();
  const items = useInstallationItems();
  return (
    <RecordListPage
      testId="installations-page"
      title={t('tech.installations.title')}
      newRecord={{ to: '/technicien/installations/nouvelle', label: t('technician.install.new') }}
      empty={t('tech.installations.empty')}
      items={items}
      Card={InstallationCard}
    >
      <JobsSection />
    </RecordListPage>
  );
}
