// "Enregistré sur l'appareil": shown after a save, once the local transaction has committed.
import { useLocation } from 'react-router';
import { useT } from '../../i18n/i18n.tsx';
import { useOnline } from '../../lib/useOnline.ts';
import { usePendingCount } from '../../sync/hooks.ts';

export interface SavedState {
  saved?: { warnings?: string[] };
}

export function SavedNotice() {
  const saved = (useLocation().state as SavedState | null)?.saved;
  // The outbox is watched only while there is a notice to keep true.
  return saved ? <Notice saved={saved} /> : null;
}

function Notice({ saved }: { saved: NonNullable<SavedState['saved']> }) {
  const t = useT();
  const online = useOnline();
  // Once nothing waits in the outbox, the entry is on the server: say so rather than "sending".
  const sent = usePendingCount() === 0;
  return (
    <div className="notice notice--ok" role="status" data-testid="saved-notice">
      <p className="notice__title">{t('technician.saved.title')}</p>
      <p data-sent={sent}>
        {sent
          ? t('technician.saved.sent')
          : online
            ? t('technician.saved.online')
            : t('technician.saved.offline')}
      </p>
      {saved.warnings?.map((w) => (
        <p key={w} className="notice__warning">
          {w}
        </p>
      ))}
    </div>
  );
}
