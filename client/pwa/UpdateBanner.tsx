// Registers the service worker and, when a new version is waiting, offers to switch to it
// (prompt mode: never without the user's consent, never while the update guard objects).
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n/i18n.tsx';
import { subscribeUpdateGuard, updateAllowed } from './updateGuard.ts';

const UPDATE_CHECK_MS = 60 * 60 * 1000;
// After "Mettre à jour" the plugin reloads when the new worker takes control. If that never
// happens (another tab holds the old one, the browser is slow), reload anyway rather than hang.
const TAKEOVER_TIMEOUT_MS = 8_000;

export function UpdateBanner() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // A PWA left open for days still learns about new versions.
      window.setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [updating, setUpdating] = useState(false);

  useEffect(() => {
    if (!needRefresh) return;
    let current = true;
    const check = () => {
      void updateAllowed().then((ok) => {
        if (current) setAllowed(ok);
      });
    };
    check();
    const unsubscribe = subscribeUpdateGuard(check);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [needRefresh]);

  if (!needRefresh || allowed === null) return null;

  async function update() {
    // Asked again at the last moment: an entry may have been queued since the banner appeared.
    if (!(await updateAllowed())) {
      setAllowed(false);
      return;
    }
    setUpdating(true);
    window.setTimeout(() => window.location.reload(), TAKEOVER_TIMEOUT_MS);
    await updateServiceWorker(true);
  }

  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <p className="update-banner__text">{allowed ? t('pwa.update.available') : t('pwa.update.blocked')}</p>
      <div className="update-banner__actions">
        {allowed && (
          <button type="button" className="button button--primary" disabled={updating} onClick={update}>
            {t('pwa.update.action')}
          </button>
        )}
        <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
          {t('pwa.update.later')}
        </button>
      </div>
    </div>
  );
}
