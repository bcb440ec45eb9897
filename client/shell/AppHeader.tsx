// The one header of every screen: brand (back to the public map), an optional status slot (the
// technician area puts its sync state there), the language switch and the account action.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AccountActions } from '../auth/AccountActions.tsx';
import { useT } from '../i18n/i18n.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

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
      <Link to="/" className="app-header__brand" aria-label={`${t('app.name')} — ${t('nav.map')}`}>
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <span className="app-header__brand-text">{t('app.name')}</span>
      </Link>
      {title && <span className="app-header__title">{title}</span>}
      <div className="app-header__status">{status}</div>
      <div className="app-header__actions">
        <LanguageSwitch />
        {account ?? <AccountActions inArea={inArea} />}
      </div>
    </header>
  );
}
