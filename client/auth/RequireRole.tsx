// Gate of the technician and coordination areas. The server enforces roles on every procedure;
// this only keeps people away from screens that would fail.
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { Role } from '../../shared/schemas/auth.ts';
import { useT } from '../i18n/i18n.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { hasRole, homeFor, useSession } from './session.ts';

export function RequireRole({ min, children }: { min: Role; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const t = useT();

  if (session.status === 'loading') {
    return (
      <p className="page-status" role="status">
        {t('auth.checking')}
      </p>
    );
  }
  if (!session.user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate replace to={`/connexion?next=${next}`} />;
  }
  if (hasRole(session.user, min)) return children;

  return (
    <div className="page">
      <AppHeader inArea />
      <main id="main" className="page__content page__content--narrow" data-testid="forbidden">
        <h1>{t('auth.forbidden.title')}</h1>
        <p>{t('auth.forbidden.body', { role: t(`role.${session.user.role}`) })}</p>
        <Link className="button button--primary" to={homeFor(session.user)}>
          {t('auth.forbidden.home')}
        </Link>
      </main>
    </div>
  );
}
