// Logging out of the technician area. What is still only on this phone is said first (entries,
// refusals, photos) and kept; "log out and erase this device" is offered only once nothing waits.
// Offline, logging out cannot reach the server: the dialog says so instead of failing silently.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { setSessionUser } from '../../auth/session.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isServerAnswer, useTRPC } from '../../lib/trpc.ts';
import { useOnline } from '../../lib/useOnline.ts';
import { eraseDevice } from '../../sync/erase.ts';
import { useOutboxSummary } from '../../sync/hooks.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';
import { formatBytes } from '../format.ts';

export function LogoutDialog() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const device = useDevice();
  const summary = useOutboxSummary();
  const online = useOnline();
  const dialog = useRef<HTMLDialogElement>(null);
  const [failure, setFailure] = useState<'offline' | 'failed' | null>(null);
  const logout = useMutation(trpc.auth.logout.mutationOptions());

  const entries = (summary?.pending ?? 0) + (summary?.importedPending ?? 0);
  const rejected = summary?.rejected ?? 0;
  const photos = summary?.pendingPhotos ?? 0;
  const empty = summary !== undefined && entries + rejected + photos === 0;

  async function leave(erase: boolean) {
    setFailure(null);
    try {
      await logout.mutateAsync();
    } catch (error) {
      setFailure(isServerAnswer(error) ? 'failed' : 'offline');
      return;
    }
    if (erase) {
      device.engine.stop();
      await eraseDevice(device.db);
      queryClient.clear(); // other users' or this user's cached answers (lists, session)
    }
    dialog.current?.close();
    setSessionUser(queryClient, null);
    void navigate('/', { replace: true });
  }

  return (
    <>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => dialog.current?.showModal()}
        data-testid="logout"
      >
        {t('auth.logout')}
      </button>
      <dialog
        ref={dialog}
        className="logout-dialog"
        aria-labelledby="logout-title"
        data-testid="logout-dialog"
      >
        <h2 id="logout-title">{t('device.logout.title')}</h2>
        {empty ? (
          <p data-testid="logout-empty">{t('device.logout.empty')}</p>
        ) : (
          <div className="notice notice--warn" data-testid="logout-queued">
            <p>{t('device.logout.queued')}</p>
            <ul>
              {entries > 0 && (
                <li data-testid="logout-entries">{t('device.logout.entries', { count: entries })}</li>
              )}
              {rejected > 0 && <li>{t('device.logout.rejected', { count: rejected })}</li>}
              {photos > 0 && (
                <li data-testid="logout-photos">
                  {t('device.logout.photos', {
                    count: photos,
                    size: formatBytes(summary?.pendingPhotoBytes ?? 0, locale),
                  })}
                </li>
              )}
            </ul>
            <p>{t('device.logout.kept')}</p>
          </div>
        )}
        {(failure === 'offline' || (!online && failure === null)) && (
          <p className="notice" role="alert" data-testid="logout-offline">
            {t('device.logout.offline')}
          </p>
        )}
        {failure === 'failed' && (
          <p className="notice notice--danger" role="alert">
            {t('device.logout.failed')}
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => dialog.current?.close()}
            data-testid="logout-stay"
          >
            {t('device.logout.stay')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={logout.isPending}
            onClick={() => void leave(false)}
            data-testid="logout-confirm"
          >
            {logout.isPending
              ? t('device.logout.busy')
              : empty
                ? t('device.logout.confirm')
                : t('device.logout.keep')}
          </button>
        </div>
        {empty && (
          <>
            <p className="field__hint">{t('device.logout.eraseHint')}</p>
            <button
              type="button"
              className="button button--danger button--block"
              disabled={logout.isPending}
              onClick={() => void leave(true)}
              data-testid="logout-erase"
            >
              {t('device.logout.erase')}
            </button>
          </>
        )}
      </dialog>
    </>
  );
}
