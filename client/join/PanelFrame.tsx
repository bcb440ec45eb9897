// The sheet around every step: a bottom sheet under the map on phones, a side panel on wide screens.
// A bar with "back", the progress dots and a collapse switch (to look at the map), then the body.
// Shared by the full panel (JoinPanel) and the first screen shown before the map's chunk arrives
// (FirstScreen), so the switch from one to the other does not move anything.
import '../styles/join.css';
import './controls.css';
import './panels.css';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { isTallStep, progress, type FlowState } from './flow.ts';

interface Props {
  state: FlowState;
  /** The "back" button, when there is somewhere to go back to. */
  back?: ReactNode;
  children: ReactNode;
}

export function PanelFrame({ state, back, children }: Props) {
  const t = useT();
  const [collapsed, setCollapsed] = useState(false);
  const dots = progress(state);
  return (
    <aside
      className={collapsed ? 'join-sheet join-sheet--collapsed' : 'join-sheet'}
      aria-label={t('join.region')}
      data-testid="join-panel"
      data-step={state.step}
      data-tall={isTallStep(state.step)}
    >
      <div className="join-sheet__bar">
        {back ?? <span className="join-back" />}
        {dots ? (
          <div className="join-dots" data-testid="progress">
            <span className="visually-hidden">{t('join.progress', dots)}</span>
            {Array.from({ length: dots.total }, (_, i) => (
              <span
                key={i}
                aria-hidden="true"
                className={
                  i + 1 === dots.current
                    ? 'join-dot join-dot--current'
                    : i + 1 < dots.current
                      ? 'join-dot join-dot--done'
                      : 'join-dot'
                }
              />
            ))}
          </div>
        ) : (
          <span />
        )}
        <button
          type="button"
          className="button button--ghost button--square join-collapse"
          aria-expanded={!collapsed}
          aria-controls="join-body"
          aria-label={collapsed ? t('join.expand') : t('join.collapse')}
          title={collapsed ? t('join.expand') : t('join.collapse')}
          onClick={() => setCollapsed(!collapsed)}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path
              d={collapsed ? 'M5 15l7-7 7 7' : 'M5 9l7 7 7-7'}
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
            />
          </svg>
        </button>
      </div>
      <div id="join-body" className="join-sheet__body" hidden={collapsed}>
        {children}
      </div>
    </aside>
  );
}
