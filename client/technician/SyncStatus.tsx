// The header's sync slot: the connection, and one tappable pill saying what waits on this device —
// entries to send, refusals to fix — leading to the status page.
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.tsx';
import { useOnline } from '../lib/useOnline.ts';
import { OnlineStatus } from '../shell/OnlineStatus.tsx';
import { useOutboxSummary, useSyncState } from '../sync/hooks.ts';

export function SyncStatus() {
  const t = useT();
  const summary = useOutboxSummary();
  const state = useSyncState();
  const pending = summary?.pending ?? 0;
  const rejected = summary?.rejected ?? 0;
  const online = useOnline();
  const label = state.running
    ? t('sync.pill.running')
    : pending > 0
      ? t('sync.pill.pending', { count: pending })
      : t('sync.pill.upToDate');
  return (
    <div className="sync-status" data-testid="sync-status">
      <OnlineStatus />
      <Link
        to="/technicien/appareil"
        className={`pill pill--link${pending ? ' pill--pending' : ''}`}
        data-testid="sync-pill"
        data-pending={summary ? pending : undefined}
        data-rejected={summary ? rejected : undefined}
        data-running={state.running}
        data-last-sync={summary?.lastSyncAt ?? ''}
        aria-label={[
          online ? null : t('status.offline'),
          label,
          rejected ? t('sync.pill.rejected', { count: rejected }) : null,
        ]
          .filter(Boolean)
          .join(' — ')}
      >
        <svg
          className={`pill__icon${state.running ? ' pill__icon--spin' : ''}`}
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth={2.4}
          strokeLinecap="round"
        >
          <path d="M20 11a8 8 0 0 0-14.5-4.5M4 5v4h4M4 13a8 8 0 0 0 14.5 4.5M20 19v-4h-4" />
        </svg>
        <span className="pill__text">{pending > 0 ? pending : '✓'}</span>
        {rejected > 0 && (
          <span className="count-badge" data-testid="rejected-badge">
            {rejected}
          </span>
        )}
      </Link>
    </div>
  );
}
