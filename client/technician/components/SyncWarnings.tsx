// Everything about the sync the technician should know or act on. Nothing here blocks saving: entries
// stay on the device whatever happens.
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { CLOCK_SKEW_WARN_MS } from '../../sync/backoff.ts';
import { useOutboxSummary, useSyncState } from '../../sync/hooks.ts';
import { formatDateTime } from '../format.ts';

export function SyncWarnings() {
  const { t, locale } = useI18n();
  const state = useSyncState();
  const summary = useOutboxSummary();
  const skewMin = state.clockSkewMs === null ? 0 : Math.round(state.clockSkewMs / 60_000);
  const retryAt = state.nextAttemptAt
    ? new Date(state.nextAttemptAt).toLocaleTimeString(locale, { timeStyle: 'short' })
    : null;
  return (
    <>
      {state.updateRequired && (
        <p className="notice notice--danger" role="alert" data-testid="update-required">
          {t('sync.warn.updateRequired')}
        </p>
      )}
      {state.authRequired && (
        <p className="notice notice--danger" role="alert">
          {t('sync.warn.authRequired')}{' '}
          <Link to="/connexion?next=%2Ftechnicien%2Fappareil">{t('nav.login')}</Link>
        </p>
      )}
      {state.offline && <p className="notice">{t('sync.warn.offline')}</p>}
      {state.storageFull && <p className="notice notice--warn">{t('sync.warn.storageFull')}</p>}
      {state.clockSkewMs !== null && Math.abs(state.clockSkewMs) > CLOCK_SKEW_WARN_MS && (
        <p className="notice notice--warn" data-testid="clock-skew">
          {t(skewMin > 0 ? 'sync.warn.clockAhead' : 'sync.warn.clockBehind', { minutes: Math.abs(skewMin) })}
        </p>
      )}
      {state.lastError && !state.authRequired && (
        <p className="notice notice--warn" data-testid="sync-error">
          {state.lastError.kind === 'network'
            ? t('sync.warn.network')
            : t('sync.warn.refused', { message: state.lastError.message })}
          {retryAt && ` ${t('sync.warn.retryAt', { time: retryAt })}`}
        </p>
      )}
      {summary?.incidents.map((incident) => (
        <p key={incident.at} className="notice notice--warn" data-testid="sync-incident">
          {t(incident.kind === 'gap_refilled' ? 'sync.incident.refilled' : 'sync.incident.renumbered', {
            date: formatDateTime(incident.at, locale),
            server: incident.serverLast,
            first: incident.firstSent,
            count: incident.resent,
            missing: incident.missing,
          })}
        </p>
      ))}
    </>
  );
}
