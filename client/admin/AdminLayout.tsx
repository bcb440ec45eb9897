// The administration frame: the same header as the console, tabs for people, zones and the log, and
// a way back to the coordination screens.
import { Link, Outlet, useLocation } from 'react-router';
import type { MessageKey } from '../i18n/fr.ts';
import { useT } from '../i18n/i18n.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { OnlineStatus } from '../shell/OnlineStatus.tsx';

const sections: { to: string; label: MessageKey }[] = [
  { to: '/administration/personnes', label: 'admin.nav.people' },
  { to: '/administration/zones', label: 'admin.nav.zones' },
  { to: '/administration/journal', label: 'admin.nav.audit' },
];

export function AdminLayout() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <div className="page page--full">
      <AppHeader inArea title={t('admin.area')} status={<OnlineStatus />} />
      <nav className="tabs coord-tabs" aria-label={t('admin.nav')}>
        {sections.map((s) => (
          <Link
            key={s.to}
            to={s.to}
            className="tabs__link"
            aria-current={pathname.startsWith(s.to) ? 'page' : undefined}
          >
            {t(s.label)}
          </Link>
        ))}
        <Link to="/coordination" className="tabs__link admin-tabs__away">
          {t('admin.nav.coordination')}
        </Link>
      </nav>
      <main id="main" className="page__area coord-area">
        <Outlet />
      </main>
    </div>
  );
}
