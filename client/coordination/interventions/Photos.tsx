// Thumbnails of the photos the server holds (GET /attachments/:sha256); the ones still on the
// technician's device say so. A click opens the photo in a dialog, inside the app: a navigation to
// /attachments would be answered by the service worker's app shell, not by the server.
import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePhotoStatus } from './queries.ts';

export function Photos({ photos }: { photos: string[] }) {
  const { t } = useI18n();
  const status = usePhotoStatus(photos);
  const complete = new Set(status.data?.filter((s) => s.complete).map((s) => s.sha256));
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<{ sha: string; alt: string } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = (sha: string, alt: string) => {
    setShown({ sha, alt });
    dialog.current?.showModal();
  };

  return (
    <section className="coord-card" aria-labelledby="photos-title">
      <h2 id="photos-title">{t('coordination.photos.title')}</h2>
      {photos.length === 0 && <p className="coord-muted">{t('coordination.photos.empty')}</p>}
      <ul className="coord-photos">
        {photos.map((sha, i) => {
          const alt = t('coordination.photos.alt', { n: i + 1, total: photos.length });
          const ready = complete.has(sha) && !failed.has(sha);
          return (
            <li key={sha}>
              {ready ? (
                <button type="button" className="coord-photo" onClick={() => open(sha, alt)}>
                  <img
                    src={`/attachments/${sha}`}
                    alt={alt}
                    loading="lazy"
                    onError={() => setFailed((f) => new Set(f).add(sha))}
                  />
                </button>
              ) : (
                <div className="coord-photo coord-photo--pending" data-testid="photo-pending">
                  <strong>{t('coordination.photos.pending')}</strong>
                  {!status.isPending && <span>{t('coordination.photos.pendingHint')}</span>}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <dialog ref={dialog} className="coord-lightbox" aria-label={shown?.alt} onClose={() => setShown(null)}>
        {shown && <img src={`/attachments/${shown.sha}`} alt={shown.alt} />}
        <form method="dialog">
          <button type="submit" className="button button--primary">
            {t('coordination.photos.close')}
          </button>
        </form>
      </dialog>
    </section>
  );
}
