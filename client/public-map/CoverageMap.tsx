// The network map, reusable: the public page, the technician and coordination areas, and later the
// eligibility flow draw on it. `children` are Leaflet layers (they may call useMap()); `overlay` is
// HTML laid over the map (legend, a search panel).
import './leaflet-setup.ts';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AttributionControl, MapContainer, TileLayer, useMap, ZoomControl } from 'react-leaflet';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { dataBounds, type LatLng } from './geometry.ts';
import { NetworkLayers } from './NetworkLayers.tsx';
import { fitWithin } from './fit.ts';

/** Where the map opens before data arrives: the Yonne. */
const START: { center: LatLng; zoom: number } = { center: [47.8, 3.57], zoom: 9 };

interface TileSource {
  url: string;
  attribution: string;
}

interface Props {
  /** Accessible name of the map region. */
  label: string;
  coverage: CoverageData | undefined;
  /** Background tiles; without them the map is a plain light background under the network layers. */
  tiles: TileSource | null;
  overlay?: ReactNode;
  children?: ReactNode;
  /** Where to frame the network when it first arrives; by default, its relays and buildings. */
  bounds?: [LatLng, LatLng] | null;
}

export function CoverageMap({ label, coverage, tiles, overlay, children, bounds }: Props) {
  const [reducedMotion] = useState(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  return (
    <section className="coverage-map" aria-label={label} data-testid="coverage-map">
      {/* First in the DOM, wherever CSS puts it: keyboard and screen-reader users reach the panel and
          the legend before the dozens of markers inside the map. */}
      {overlay}
      <MapContainer
        className="coverage-map__leaflet"
        center={START.center}
        zoom={START.zoom}
        preferCanvas
        zoomControl={false}
        attributionControl={false}
        zoomAnimation={!reducedMotion}
        fadeAnimation={!reducedMotion}
        markerZoomAnimation={!reducedMotion}
      >
        {tiles && (
          <TileLayer
            url={tiles.url}
            attribution={tiles.attribution}
            // CORS tiles: cacheable by the service worker without opaque-response quota costs.
            crossOrigin
            maxZoom={19}
          />
        )}
        {/* Bottom corners stack upwards: the attribution first keeps it on the bottom line. */}
        <AttributionControl position="bottomright" prefix="Leaflet" />
        <ZoomControl position="bottomright" />
        {coverage && <NetworkLayers coverage={coverage} />}
        {coverage && <FitToData coverage={coverage} bounds={bounds} />}
        <ZoomAttribute />
        {children}
      </MapContainer>
    </section>
  );
}

/** Frames the network once, when the data first arrives; later refreshes keep the user's view. */
function FitToData({
  coverage,
  bounds: given,
}: {
  coverage: CoverageData;
  bounds?: [LatLng, LatLng] | null;
}) {
  const map = useMap();
  const bounds = useMemo(() => (given !== undefined ? given : dataBounds(coverage)), [coverage, given]);
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !bounds) return;
    fitted.current = true;
    // Room for the legend at the bottom; narrow sides so a phone keeps the closer zoom level.
    fitWithin(map, bounds, { paddingTopLeft: [16, 16], paddingBottomRight: [16, 96], animate: false });
  }, [map, bounds]);
  return null;
}

/** The settled zoom level on the map's element: lets tests (and styles) know the scale on screen. */
function ZoomAttribute() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const set = () => container.setAttribute('data-zoom', String(map.getZoom()));
    set();
    map.on('zoomend moveend', set);
    return () => void map.off('zoomend moveend', set);
  }, [map]);
  return null;
}
