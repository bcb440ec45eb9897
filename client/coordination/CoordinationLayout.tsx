import { NavLink, Outlet } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { OnlineStatus } from '../shell/OnlineStatus.tsx';

/** Coordinators work mostly at a desk: tabs under the header rather than a bottom bar. */
export function CoordinationLayout() {
  const t = useT();
  return (
    <div className="page page--full">
      <AppHeader inArea title={t('coord.area')} status={<OnlineStatus />} />
      <nav className="tabs" aria-label={t('coord.nav')}>
        <NavLink to="/coordination" end className="tabs__link">
          {t('coord.nav.review')}
        </NavLink>
        <NavLink to="/coordination/carte" className="tabs__link">
          {t('coord.nav.map')}
        </NavLink>
      </nav>
      <main id="main" className="page__area">
        <Outlet />
      </main>
    </div>
  );
}
