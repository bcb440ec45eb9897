import { useT } from '../i18n/i18n.tsx';
import { useOnline } from '../lib/useOnline.ts';

/** "En ligne" / "Hors ligne", with a shape as well as a colour so it reads without colour vision. */
export function OnlineStatus() {
  const t = useT();
  const online = useOnline();
  return (
    <span
      className={online ? 'pill pill--online' : 'pill pill--offline'}
      role="status"
      data-testid="online-status"
    >
      <span className="pill__mark" aria-hidden="true" />
      {online ? t('status.online') : t('status.offline')}
    </span>
  );
}
