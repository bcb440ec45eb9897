// The one header of every screen: brand (back to the public map), an optional status slot (the
// technician area puts its sync state there), the language switch and the account action.
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { branding } from './branding.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

// Its own chunk: the session check (and zod with it) is not needed for the public page's first paint.
const AccountActions = lazy(() =>
  import('../auth/AccountActions.tsx').then((m) => ({ default: m.AccountActions })),
);

interface Props {
  /** Inside the technician or coordination area: shows "log out" instead of a link to the area. */
  inArea?: boolean;
  /** Shown next to the brand, e.g. the area's name. */
  title?: string;
  status?: ReactNode;
  /** Replaces the account action (the technician area's logout, which knows what the device holds). */
  account?: ReactNode;
}

export function AppHeader({ inArea = false, title, status, account }: Props) {
  const t = useT();
  return (
    <header className={inArea ? 'app-header app-header--area' : 'app-header'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Link to="/" className="app-header__brand" aria-label={`${branding.appName} — ${t('nav.map')}`}>
        <img src={branding.logo} alt="" width={32} height={32} />
        <span className="app-header__brand-text">{branding.appName}</span>
      </Link>
      {title && <span className="app-header__title">{title}</span>}
      <div className="app-header__status">{status}</div>
      <div className="app-header__actions">
        <LanguageSwitch />
        {account ?? (
          <Suspense fallback={null}>
            <AccountActions inArea={inArea} />
          </Suspense>
        )}
      </div>
    </header>
  );
}
