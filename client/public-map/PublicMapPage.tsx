// `/`: "can I be connected?" — the cooperative's coverage for everyone, full screen on a phone.
// The eligibility search (another feature) adds its panel through NetworkMap's `overlay` and its
// result layers through `children`.
import { useT } from '../i18n/i18n.tsx';
import { AppHeader } from '../shell/AppHeader.tsx';
import { NetworkMap } from './NetworkMap.tsx';

export function PublicMapPage() {
  const t = useT();
  return (
    <div className="page page--full">
      <AppHeader />
      <main id="main" className="page__map">
        <h1 className="visually-hidden">{t('map.title')}</h1>
        <NetworkMap />
      </main>
    </div>
  );
}
