// The cooperative's network drawn from `network.coverage`: fibre zones, radio sector wedges, fibre
// buildings (canvas circles: hundreds of them) and relay sites (DOM markers, on top).
import { useMemo } from 'react';
import { CircleMarker, Polygon, Popup } from 'react-leaflet';
import type { CoverageData } from '../../shared/eligibility/schema.ts';
import { sectorWedge } from '../../shared/eligibility/radio.ts';
import type { MessageKey } from '../i18n/fr.ts';
import { useT } from '../i18n/i18n.tsx';
import { isVisibleBuilding, zoneLatLngs, type VisibleBuildingState } from './geometry.ts';
import { SiteMarkers } from './SiteMarkers.tsx';
import { buildingColour, fullSectorStyle, sectorStyle, zoneStyle } from './styles.ts';

export const buildingLegendKey: Record<VisibleBuildingState, MessageKey> = {
  deployed: 'map.legend.deployed',
  in_progress: 'map.legend.planned',
  signed: 'map.legend.planned',
  targeted: 'map.legend.targeted',
};

export function NetworkLayers({ coverage }: { coverage: CoverageData }) {
  const t = useT();

  const wedges = useMemo(() => {
    const sites = new Map(coverage.sites.map((s) => [s.id, s]));
    return coverage.sectors.flatMap((sector) => {
      const site = sites.get(sector.siteId);
      return site ? [{ sector, positions: sectorWedge(site, sector, 24) }] : [];
    });
  }, [coverage]);

  const zones = useMemo(
    () => coverage.fibreZones.map((zone) => ({ zone, positions: zoneLatLngs(zone.geometry) })),
    [coverage],
  );

  return (
    <>
      {zones.map(({ zone, positions }) => (
        <Polygon
          key={zone.id}
          positions={positions}
          pathOptions={zoneStyle[zone.status]}
          interactive={false}
        />
      ))}
      {wedges.map(({ sector, positions }) => (
        <Polygon
          key={sector.id}
          positions={positions}
          pathOptions={sector.full ? fullSectorStyle : sectorStyle}
          interactive={false}
        />
      ))}
      {coverage.buildings.map((b) => {
        if (!isVisibleBuilding(b.state)) return null;
        return (
          <CircleMarker
            key={b.id}
            center={[b.lat, b.lon]}
            radius={5}
            pathOptions={{
              color: '#ffffff',
              weight: 1.5,
              fillColor: buildingColour[b.state],
              fillOpacity: 1,
            }}
          >
            <Popup>
              {b.address && <strong>{b.address}</strong>}
              <div>{t(buildingLegendKey[b.state])}</div>
            </Popup>
          </CircleMarker>
        );
      })}
      <SiteMarkers coverage={coverage} />
    </>
  );
}
