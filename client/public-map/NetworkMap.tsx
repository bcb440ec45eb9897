// CoverageMap with its data: coverage and tiles from the server (or the service worker's cache),
// the legend, and a status line while loading or when the data cannot be had. With `demand`, the
// public demand layer can be switched on from the legend (and from whatever the overlay holds).
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { CoverageMap } from './CoverageMap.tsx';
import { DemandLayer } from './DemandLayer.tsx';
import { IncidentLayer } from './IncidentLayer.tsx';
import { Legend } from './Legend.tsx';
import { MapLayersProvider, useMapLayers } from './MapLayers.tsx';
import { useCoverage, useNetworkConfig } from './queries.ts';

interface Props {
  overlay?: ReactNode;
  children?: ReactNode;
  /** Offer the demand layer (registrations per area) in the legend. */
  demand?: boolean;
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

function NetworkMapBody({ overlay, children }: Omit<Props, 'demand'>) {
  const t = useT();
  const coverage = useCoverage();
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
          <Legend coverage={coverage.data} />
        </>
      }
    >
      {layers?.demand && <DemandLayer />}
      <IncidentLayer coverage={coverage.data} />
      {children}
    </CoverageMap>
  );
}
