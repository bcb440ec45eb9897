// Fibre buildings: one dot each when zoomed in, one count per village below BUILDINGS_FROM_ZOOM.
import L from 'leaflet';
import { useMemo, useState } from 'react';
import { CircleMarker, Marker, Popup, useMap, useMapEvents } from 'react-leaflet';
import type { FibreBuilding } from '../../shared/schemas/eligibility.ts';
import type { MessageKey } from '../i18n/fr.ts';
import { useT } from '../i18n/i18n.tsx';
import { BUILDINGS_FROM_ZOOM, clusterBuildings, type BuildingCluster } from './clusters.ts';
import { isVisibleBuilding, type VisibleBuildingState } from './geometry.ts';
import { buildingColour } from './styles.ts';

const buildingLegendKey: Record<VisibleBuildingState, MessageKey> = {
  deployed: 'map.legend.deployed',
  in_progress: 'map.legend.planned',
  signed: 'map.legend.planned',
  targeted: 'map.legend.targeted',
};

function clusterIcon(c: BuildingCluster): L.DivIcon {
  const tone = c.deployed > 0 ? 'deployed' : 'planned';
  return L.divIcon({
    className: `building-cluster building-cluster--${tone}`,
    html: `<span class="building-cluster__count">${c.count}</span>`,
    iconSize: [48, 48],
    iconAnchor: [24, 24],
  });
}

export function BuildingLayer({ buildings }: { buildings: readonly FibreBuilding[] }) {
  const t = useT();
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const clusters = useMemo(
    () => clusterBuildings(buildings).map((c) => ({ ...c, icon: clusterIcon(c) })),
    [buildings],
  );

  if (zoom < BUILDINGS_FROM_ZOOM) {
    return clusters.map((c) => (
      <Marker
        key={`${c.lat},${c.lon}`}
        position={[c.lat, c.lon]}
        icon={c.icon}
        title={t('map.cluster.title', { count: c.count })}
        alt={t('map.cluster.title', { count: c.count })}
        eventHandlers={{ click: () => map.setView([c.lat, c.lon], BUILDINGS_FROM_ZOOM + 2) }}
      />
    ));
  }
  return buildings.map((b) => {
    if (!isVisibleBuilding(b.state)) return null;
    return (
      <CircleMarker
        key={b.id}
        center={[b.lat, b.lon]}
        radius={5}
        pathOptions={{ color: '#ffffff', weight: 1.5, fillColor: buildingColour[b.state], fillOpacity: 1 }}
      >
        <Popup>
          {b.address && <strong>{b.address}</strong>}
          <div>{t(buildingLegendKey[b.state])}</div>
        </Popup>
      </CircleMarker>
    );
  });
}
