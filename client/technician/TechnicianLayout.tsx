import { Outlet } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { BottomNav } from './BottomNav.tsx';
import { LogoutDialog } from './components/LogoutDialog.tsx';
import { SyncStatus } from './SyncStatus.tsx';

/** Header with the sync state, the page, and the thumb-reachable navigation at the bottom. */
export function TechnicianLayout() {
  const t = useT();
  return (
    <div className="page page--full page--with-bottom-nav">
      <AppHeader inArea title={t('tech.area')} status={<SyncStatus />} account={<LogoutDialog />} />
      <main id="main" className="page__area">
        <Outlet />
      </main>
      <BottomNav />
    </div>
  );
}
