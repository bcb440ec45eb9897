import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import type { MessageKey } from '../i18n/fr.ts';
import { useT } from '../i18n/i18n.tsx';

// Simple stroked pictograms (24×24); the text label below each is what names the link.
const icons: Record<string, ReactNode> = {
  list: <path d="M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01" />,
  plus: <path d="M12 5v14M5 12h14" />,
  box: <path d="M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10" />,
  map: <path d="M9 4L3 6v14l6-2 6 2 6-2V4l-6 2zM9 4v14M15 6v14" />,
};

const links: { to: string; key: MessageKey; icon: string; end?: boolean }[] = [
  { to: '/technicien', key: 'tech.nav.interventions', icon: 'list', end: true },
  { to: '/technicien/nouvelle', key: 'tech.nav.new', icon: 'plus' },
  { to: '/technicien/installations', key: 'tech.nav.installations', icon: 'box' },
  { to: '/technicien/carte', key: 'tech.nav.map', icon: 'map' },
];

export function BottomNav() {
  const t = useT();
  return (
    <nav className="bottom-nav" aria-label={t('tech.nav')}>
      {links.map(({ to, key, icon, end }) => (
        <NavLink key={to} to={to} end={end} className="bottom-nav__link">
          <svg
            className="bottom-nav__icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            {icons[icon]}
          </svg>
          <span>{t(key)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
