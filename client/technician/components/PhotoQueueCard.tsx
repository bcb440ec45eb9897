// The photo queue on the status page: what is left (count, bytes, time at the measured speed), the
// progress of the current run, and pause / resume. Entries never wait for it (client/sync/photo-queue.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/i18n.tsx';
import { useOutboxSummary, useSyncState } from '../../sync/hooks.ts';
import { secondsLeft } from '../../sync/photo-queue.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { formatBytes, formatDuration } from '../format.ts';

export function PhotoQueueCard() {
  const { t, locale } = useI18n();
  const { db, engine } = useDevice();
  const summary = useOutboxSummary();
  const { photos } = useSyncState();
  const refused = useLiveQuery(() => db.photoProgress.filter((p) => !!p.lastError).count(), [db]);
  if (!summary) return null;
  const left = summary.pendingPhotos;
  const eta = secondsLeft(summary.pendingPhotoBytes, photos.bytesPerSecond);
  const progress = photos.progress;
  return (
    <section className="card" aria-labelledby="photo-queue-title" data-testid="photo-queue">
      <h2 id="photo-queue-title">{t('device.photos.title')}</h2>
      {left === 0 ? (
        <p data-testid="photos-left" data-count={0}>
          {t('device.photos.none')}
        </p>
      ) : (
        <>
          <p
            className="big-number"
            data-testid="photos-left"
            data-count={left}
            data-bytes={summary.pendingPhotoBytes}
          >
            {t('device.photos.left', { count: left, size: formatBytes(summary.pendingPhotoBytes, locale) })}
          </p>
          {eta !== null && !photos.paused && (
            <p data-testid="photos-eta" data-seconds={eta}>
              {t('device.photos.eta', { duration: formatDuration(eta, locale) })}
            </p>
          )}
        </>
      )}
      {photos.paused && (
        <p className="notice notice--warn" data-testid="photos-paused">
          {t('device.photos.paused')}
        </p>
      )}
      {photos.running && progress && progress.totalBytes > 0 && (
        <div className="progress-line" data-testid="photos-progress">
          <p>
            {t('device.photos.sending', {
              sent: formatBytes(progress.sentBytes, locale),
              total: formatBytes(progress.totalBytes, locale),
            })}
          </p>
          <progress max={progress.totalBytes} value={progress.sentBytes} />
        </div>
      )}
      {photos.lastError?.kind === 'network' && left > 0 && (
        <p className="notice">{t('device.photos.error')}</p>
      )}
      {!!refused && <p className="notice notice--warn">{t('device.photos.refused', { count: refused })}</p>}
      {(left > 0 || photos.paused) && (
        <button
          type="button"
          className="button button--block"
          onClick={() => void engine.photoQueue.setPaused(!photos.paused)}
          data-testid={photos.paused ? 'photos-resume' : 'photos-pause'}
        >
          {photos.paused ? t('device.photos.resume') : t('device.photos.pause')}
        </button>
      )}
    </section>
  );
}
