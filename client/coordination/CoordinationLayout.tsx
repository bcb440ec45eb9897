import { Link, Outlet, useLocation } from 'react-router';
import type { MessageKey } from '../i18n/fr.ts';
import { useT } from '../i18n/i18n.tsx';
import { hasRole, useSession } from '../auth/session.ts';
import { AppHeader } from '../shell/AppHeader.tsx';
import { OnlineStatus } from '../shell/OnlineStatus.tsx';

const sections: { to: string; label: MessageKey; owns: (path: string) => boolean }[] = [
  {
    to: '/coordination',
    label: 'coordination.nav.interventions',
    // The list, an intervention and a relay's history are one section.
    owns: (path) =>
      !/^\/coordination\/(synchronisation|prospects|installations|operations|tableau-de-bord|reseau)/.test(
        path,
      ),
  },
  {
    to: '/coordination/tableau-de-bord',
    label: 'office.nav.dashboard',
    owns: (path) => path.startsWith('/coordination/tableau-de-bord'),
  },
  {
    to: '/coordination/installations',
    label: 'coordination.nav.installations',
    owns: (path) => path.startsWith('/coordination/installations'),
  },
  {
    to: '/coordination/synchronisation',
    label: 'coordination.nav.sync',
    owns: (path) => path.startsWith('/coordination/synchronisation'),
  },
  {
    to: '/coordination/prospects',
    label: 'coordination.nav.prospects',
    owns: (path) => path.startsWith('/coordination/prospects'),
  },
  {
    to: '/coordination/reseau',
    label: 'coordination.nav.network',
    owns: (path) => path.startsWith('/coordination/reseau'),
  },
  {
    to: '/coordination/operations',
    label: 'coordination.nav.operations',
    owns: (path) => path.startsWith('/coordination/operations'),
  },
];

/** Coordinators work mostly at a desk: tabs under the header rather than a bottom bar. */
export function CoordinationLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const session = useSession();
  const admin = session.status === 'ready' && session.user !== null && hasRole(session.user, 'admin');
  return (
    <div className="page page--full">
      <AppHeader inArea title={t('coord.area')} status={<OnlineStatus />} />
      <nav className="tabs coord-tabs" aria-label={t('coord.nav')}>
        {sections.map((s) => (
          <Link
            key={s.to}
            to={s.to}
            className="tabs__link"
            aria-current={s.owns(pathname) ? 'page' : undefined}
          >
            {t(s.label)}
          </Link>
        ))}
        {admin && (
          <Link to="/administration" className="tabs__link">
            {t('admin.nav.link')}
          </Link>
        )}
      </nav>
      <main id="main" className="page__area coord-area">
        <Outlet />
      </main>
    </div>
  );
}
