// The cooperative's network drawn from `network.coverage`: fibre zones, radio sector wedges, fibre
// buildings (canvas circles, grouped per village when zoomed out) and relay sites (DOM markers, on top).
import { useMemo } from 'react';
import { Polygon } from 'react-leaflet';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { sectorWedge } from '../../shared/eligibility/radio.ts';
import { BuildingLayer } from './BuildingLayer.tsx';
import { zoneLatLngs } from './geometry.ts';
import { SiteMarkers } from './SiteMarkers.tsx';
import { fullSectorStyle, sectorStyle, zoneStyle } from './styles.ts';

export function NetworkLayers({ coverage }: { coverage: CoverageData }) {
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
      <BuildingLayer buildings={coverage.buildings} />
      <SiteMarkers coverage={coverage} />
    </>
  );
}
