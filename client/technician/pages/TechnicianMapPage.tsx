import type { Map as LeafletMap } from 'leaflet';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { MapHandle, OfflineAreas } from '../../offline-map/OfflineAreas.tsx';
import { NetworkMap } from '../../public-map/NetworkMap.tsx';

export function TechnicianMapPage() {
  const t = useT();
  // The offline-areas panel is HTML over the map; it reads the current view through this handle.
  const [map, setMap] = useState<LeafletMap | null>(null);
  return (
    <div className="page__map">
      <h1 className="visually-hidden">{t('tech.nav.map')}</h1>
      <NetworkMap overlay={<OfflineAreas map={map} />}>
        <MapHandle onMap={setMap} />
      </NetworkMap>
    </div>
  );
}
