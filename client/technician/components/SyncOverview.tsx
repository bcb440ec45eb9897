// What waits on the device, when it last reached the server, and the "Synchroniser" button with the
// progress of a long first pull. Photos have their own card (PhotoQueueCard).
import { useI18n } from '../../i18n/i18n.tsx';
import { useOutboxSummary, useSyncState } from '../../sync/hooks.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { timeAgo } from '../format.ts';
import { useNow } from '../useNow.ts';

export function SyncOverview() {
  const { t, locale } = useI18n();
  const { engine } = useDevice();
  const summary = useOutboxSummary();
  const state = useSyncState();
  const now = useNow();
  if (!summary) return null;
  const { pull } = state;
  return (
    <section className="card" aria-labelledby="sync-title" data-testid="sync-overview">
      <h2 id="sync-title">{t('sync.page.outbox')}</h2>
      <p className="big-number" data-testid="pending-count" data-count={summary.pending}>
        {summary.pending > 0
          ? t('sync.page.pending', { count: summary.pending })
          : summary.pendingPhotos > 0
            ? t('device.entries.none')
            : t('sync.page.nothingPending')}
      </p>
      {summary.oldestPendingAt && (
        <p>{t('sync.page.oldest', { ago: timeAgo(summary.oldestPendingAt, locale, now) })}</p>
      )}
      {summary.importedPending > 0 && (
        <p data-testid="imported-pending">{t('sync.pill.pending', { count: summary.importedPending })}</p>
      )}
      <p data-testid="last-sync">
        {summary.lastSyncAt
          ? t('sync.page.lastSync', { ago: timeAgo(summary.lastSyncAt, locale, now) })
          : t('sync.page.neverSynced')}
      </p>
      <button
        type="button"
        className="button button--primary button--block button--large"
        disabled={state.running}
        onClick={() => void engine.syncNow()}
        data-testid="sync-now"
      >
        {state.running ? t('sync.page.running') : t('sync.page.syncNow')}
      </button>
      {state.running && state.phase === 'pull' && pull && (
        <p className="progress-line" data-testid="pull-progress">
          {t('sync.page.pullProgress', { rows: pull.rows, pages: pull.pages })}
        </p>
      )}
    </section>
  );
}
