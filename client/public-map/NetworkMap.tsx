// CoverageMap with its data: coverage and tiles from the server (or the service worker's cache),
// the legend, and a status line while loading or when the data cannot be had. With `demand`, the
// public demand layer can be switched on from the legend (and from whatever the overlay holds).
// With `byView` (the public page), only the network's outline is loaded whole; buildings come by
// view-sized tiles (BuildingTiles), so the bytes follow the view, not the size of the network.
import { useMemo, type ReactNode } from 'react';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import type { NetworkOutline } from '../../shared/schemas/network-view.ts';
import { useT } from '../i18n/i18n.tsx';
import { BuildingTiles } from './BuildingTiles.tsx';
import { CoverageMap } from './CoverageMap.tsx';
import { DemandLayer } from './DemandLayer.tsx';
import type { LatLng } from './geometry.ts';
import { IncidentLayer } from './IncidentLayer.tsx';
import { Legend } from './Legend.tsx';
import { OfflinePackage } from './OfflinePackage.tsx';
import { MapLayersProvider, useMapLayers } from './MapLayers.tsx';
import { useCoverage, useNetworkConfig, useOutline } from './queries.ts';

interface Props {
  overlay?: ReactNode;
  children?: ReactNode;
  /** Offer the demand layer (registrations per area) in the legend. */
  demand?: boolean;
  /** Load buildings by view (public page) rather than the whole coverage (staff maps). */
  byView?: boolean;
}

export function NetworkMap({ demand = false, ...props }: Props) {
  return demand ? (
    <MapLayersProvider>
      <NetworkMapBody {...props} />
    </MapLayersProvider>
  ) : (
    <NetworkMapBody {...props} />
  );
}

interface Source {
  data: CoverageData | undefined;
  isPending: boolean;
  isError: boolean;
  fetchStatus: string;
  refetch: () => Promise<unknown>;
}

function NetworkMapBody({ byView = false, ...props }: Omit<Props, 'demand'>) {
  return byView ? <ByViewMap {...props} /> : <WholeMap {...props} />;
}

function WholeMap(props: Omit<Props, 'demand' | 'byView'>) {
  const coverage = useCoverage();
  return <MapFrame {...props} source={coverage} />;
}

function ByViewMap({ children, ...props }: Omit<Props, 'demand' | 'byView'>) {
  const outline = useOutline();
  const data = outline.data;
  // The outline drawn as coverage without buildings: BuildingTiles adds those of the view.
  const coverage = useMemo(() => (data ? { ...data, buildings: [] } : undefined), [data]);
  const bounds = useMemo((): [LatLng, LatLng] | null | undefined => {
    if (!data) return undefined;
    const b = data.bounds;
    return (
      b && [
        [b.south, b.west],
        [b.north, b.east],
      ]
    );
  }, [data]);
  return (
    <MapFrame {...props} source={{ ...outline, data: coverage }} outline={data} bounds={bounds}>
      {data && <BuildingTiles version={data.version} relays={data.sites} />}
      {children}
    </MapFrame>
  );
}

function MapFrame({
  overlay,
  children,
  source: coverage,
  outline,
  bounds,
}: Omit<Props, 'demand' | 'byView'> & {
  source: Source;
  outline?: NetworkOutline;
  bounds?: [LatLng, LatLng] | null;
}) {
  const t = useT();
  const config = useNetworkConfig();
  const layers = useMapLayers();
  const tiles = config.data?.tileUrl
    ? { url: config.data.tileUrl, attribution: config.data.tileAttribution }
    : null;
  // Offline with nothing cached, react-query pauses the query instead of failing it.
  const unavailable = coverage.isError || (coverage.isPending && coverage.fetchStatus === 'paused');

  return (
    <CoverageMap
      label={t('map.region')}
      coverage={coverage.data}
      tiles={tiles}
      bounds={bounds}
      overlay={
        <>
          {overlay}
          {coverage.isPending && !unavailable && (
            <p className="map-status" role="status">
              {t('map.loading')}
            </p>
          )}
          {unavailable && (
            <div className="map-status map-status--error" role="alert">
              <p>{t('map.unavailable')}</p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => void coverage.refetch()}
              >
                {t('map.retry')}
              </button>
            </div>
          )}
          <Legend
            coverage={coverage.data}
            buildingCount={outline?.buildingCount}
            footer={outline && <OfflinePackage />}
          />
        </>
      }
    >
      {layers?.demand && <DemandLayer />}
      <IncidentLayer coverage={coverage.data} />
      {children}
    </CoverageMap>
  );
}
