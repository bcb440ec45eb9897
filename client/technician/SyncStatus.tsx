// The header's sync slot: the connection (the server's, not only the browser's), and one tappable pill
// saying what is still only on this device — entries, refusals to fix, photos — leading to the status
// page. It shows "✓ Tout est envoyé" only when nothing waits and the server answered (device-status.ts).
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useOnline } from '../lib/useOnline.ts';
import { useOutboxSummary, useSyncState } from '../sync/hooks.ts';
import { deviceStatus, type Connection } from './device-status.ts';
import { formatBytes } from './format.ts';

function ConnectionPill({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  const label =
    connection === 'online'
      ? t('status.online')
      : connection === 'offline'
        ? t('status.offline')
        : t('device.connection.unreachable');
  return (
    <span
      className={connection === 'online' ? 'pill pill--online' : 'pill pill--offline'}
      role="status"
      data-testid="online-status"
      data-connection={connection}
    >
      <span className="pill__mark" aria-hidden="true" />
      {label}
    </span>
  );
}

function CameraIcon() {
  return (
    <svg
      className="pill__icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
    >
      <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
      <circle cx="12" cy="13" r="3.5" />
    </svg>
  );
}

export function SyncStatus() {
  const { t, locale } = useI18n();
  const summary = useOutboxSummary();
  const state = useSyncState();
  const online = useOnline();
  const status = deviceStatus(summary, state, online);
  const { entries, rejected, photos } = status;
  const parts = [
    status.connection === 'offline' ? t('status.offline') : null,
    status.connection === 'unreachable' ? t('device.pill.unreachable') : null,
    state.running ? t('sync.pill.running') : null,
    entries > 0 ? t('sync.pill.pending', { count: entries }) : null,
    photos > 0
      ? t('device.pill.photos', { count: photos, size: formatBytes(status.photoBytes, locale) })
      : null,
    rejected > 0 ? t('sync.pill.rejected', { count: rejected }) : null,
    status.allSent ? t('device.pill.allSent') : null,
    summary && !summary.lastSyncAt && status.connection === 'online' ? t('device.pill.notSynced') : null,
  ].filter(Boolean);
  const text = entries > 0 ? String(entries) : photos > 0 ? String(photos) : status.allSent ? '✓' : '!';
  return (
    <div className="sync-status" data-testid="sync-status">
      <ConnectionPill connection={status.connection} />
      <Link
        to="/technicien/appareil"
        className={`pill pill--link pill--tone-${status.tone}${entries ? ' pill--pending' : ''}`}
        data-testid="sync-pill"
        data-pending={summary ? summary.pending : undefined}
        data-imported={summary ? summary.importedPending : undefined}
        data-rejected={summary ? rejected : undefined}
        data-photos={summary ? photos : undefined}
        data-tone={status.tone}
        data-all-sent={status.allSent}
        data-running={state.running}
        data-last-sync={summary?.lastSyncAt ?? ''}
        aria-label={parts.join(' — ')}
        title={parts.join(' — ')}
      >
        {entries === 0 && photos > 0 ? (
          <CameraIcon />
        ) : (
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
        )}
        <span className="pill__text" data-testid="sync-pill-text">
          {text}
        </span>
        {rejected > 0 && (
          <span className="count-badge" data-testid="rejected-badge">
            {rejected}
          </span>
        )}
      </Link>
    </div>
  );
}
