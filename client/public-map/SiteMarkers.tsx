// Relay sites as divIcon markers: a dot with a large invisible touch area, and the village name,
// shown once the map is zoomed in enough for labels not to pile up.
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { useT } from '../i18n/i18n.tsx';
import { escapeHtml } from '../lib/html.ts';
import { shortSiteName } from './geometry.ts';

const LABELS_FROM_ZOOM = 11;

function siteIcon(name: string): L.DivIcon {
  return L.divIcon({
    className: 'site-marker',
    html: `<span class="site-marker__dot"></span><span class="site-marker__label">${escapeHtml(shortSiteName(name))}</span>`,
    iconSize: [48, 48],
    iconAnchor: [24, 24],
    popupAnchor: [0, -12],
  });
}

export function SiteMarkers({ coverage }: { coverage: CoverageData }) {
  const t = useT();
  const sites = useMemo(
    () =>
      coverage.sites.map((site) => ({
        site,
        icon: siteIcon(site.name),
        sectors: coverage.sectors.filter((s) => s.siteId === site.id).length,
      })),
    [coverage],
  );
  return (
    <>
      <LabelsFromZoom minZoom={LABELS_FROM_ZOOM} />
      {sites.map(({ site, icon, sectors }) => (
        <Marker key={site.id} position={[site.lat, site.lon]} icon={icon} title={site.name} alt={site.name}>
          <Popup>
            <strong>{site.name}</strong>
            <div>
              {t('map.legend.site')} · {t('map.site.sectors', { count: sectors })}
            </div>
          </Popup>
        </Marker>
      ))}
    </>
  );
}

/** Toggles a class on the map container so CSS shows site labels only when zoomed in. */
function LabelsFromZoom({ minZoom }: { minZoom: number }) {
  const map = useMap();
  useEffect(() => {
    const update = () =>
      map.getContainer().classList.toggle('coverage-map--labels', map.getZoom() >= minZoom);
    update();
    map.on('zoomend', update);
    return () => {
      map.off('zoomend', update);
    };
  }, [map, minZoom]);
  return null;
}
