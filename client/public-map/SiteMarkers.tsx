// Relay sites as divIcon markers: a dot with a large invisible touch area, and the village name,
// shown once the map is zoomed in enough for labels not to pile up.
import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { useT } from '../i18n/i18n.tsx';
import { escapeHtml } from '../lib/html.ts';
import { shortSiteName } from './geometry.ts';
import { fitWithin } from './fit.ts';

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

/** Relay markers closer than this on screen are shown as one group (44 px targets never overlap). */
const GROUP_SPACING_PX = 52;

const groupIcon = (count: number) =>
  L.divIcon({
    className: 'site-group',
    html: `<span class="site-group__count">${count}</span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 22],
  });

/** Greedy grouping on screen: each site joins the first group whose anchor is within the spacing. */
function useSiteGroups<S extends { lat: number; lon: number }>(sites: readonly S[]): S[][] {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useEffect(() => {
    const update = () => setZoom(map.getZoom());
    map.on('zoomend', update);
    return () => void map.off('zoomend', update);
  }, [map]);
  return useMemo(() => {
    const groups: { at: L.Point; members: S[] }[] = [];
    for (const s of sites) {
      const p = map.project([s.lat, s.lon], zoom);
      const near = groups.find((g) => g.at.distanceTo(p) < GROUP_SPACING_PX);
      if (near) near.members.push(s);
      else groups.push({ at: p, members: [s] });
    }
    return groups.map((g) => g.members);
  }, [map, sites, zoom]);
}

export function SiteMarkers({ coverage }: { coverage: CoverageData }) {
  const t = useT();
  const map = useMap();
  const sites = useMemo(
    () =>
      coverage.sites.map((site) => ({
        site,
        icon: siteIcon(site.name),
        sectors: coverage.sectors.filter((s) => s.siteId === site.id).length,
      })),
    [coverage],
  );
  const groups = useSiteGroups(
    useMemo(() => sites.map((s) => ({ ...s, lat: s.site.lat, lon: s.site.lon })), [sites]),
  );
  return (
    <>
      <LabelsFromZoom minZoom={LABELS_FROM_ZOOM} />
      {groups
        .filter((g) => g.length > 1)
        .map((g) => {
          const label = t('map.siteGroup', { count: g.length });
          const first = g[0];
          if (!first) return null;
          return (
            <Marker
              key={`group-${first.site.id}`}
              position={[first.lat, first.lon]}
              icon={groupIcon(g.length)}
              zIndexOffset={1000}
              title={label}
              alt={label}
              eventHandlers={{
                click: () =>
                  fitWithin(map, L.latLngBounds(g.map((s) => [s.lat, s.lon] as [number, number])), {
                    padding: [48, 48],
                  }),
              }}
            />
          );
        })}
      {groups
        .flatMap((g) => (g.length === 1 ? g : []))
        .map(({ site, icon, sectors }) => (
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
