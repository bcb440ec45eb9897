import { useT } from '../../i18n/i18n.tsx';
import { NetworkMap } from '../../public-map/NetworkMap.tsx';

export function TechnicianMapPage() {
  const t = useT();
  return (
    <div className="page__map">
      <h1 className="visually-hidden">{t('tech.nav.map')}</h1>
      <NetworkMap />
    </div>
  );
}
