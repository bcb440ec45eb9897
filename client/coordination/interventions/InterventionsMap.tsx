// The loaded interventions on the network map. One pin per place: a lone intervention opens on click
// (or Enter: Leaflet markers take the keyboard), several at one relay list themselves in a popup.
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker, Popup, useMap } from 'react-leaflet';
import { Link, useNavigate } from 'react-router';
import type { InterventionListItem } from '../../../shared/schemas/interventions.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { escapeHtml } from '../../lib/html.ts';
import { NetworkMap } from '../../public-map/NetworkMap.tsx';
import { useCoverage } from '../../public-map/queries.ts';
import { formatDateTime } from '../ui/format.ts';
import { LoadError, LoadMore } from '../ui/QueryStatus.tsx';
import type { InterventionListQuery } from './InterventionList.tsx';

interface Place {
  key: string;
  lat: number;
  lon: number;
  items: InterventionListItem[];
}

function places(items: InterventionListItem[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const item of items) {
    // Its GPS fix, else its relay, building or fibre point (the server's `place`).
    const at = item.place ?? item.position;
    if (!at) continue;
    const key = `${at.lat.toFixed(5)},${at.lon.toFixed(5)}`;
    const place = byKey.get(key) ?? { key, lat: at.lat, lon: at.lon, items: [] };
    place.items.push(item);
    byKey.set(key, place);
  }
  return [...byKey.values()];
}

/** The pin takes the colour of the most urgent status there: to correct, then to review. */
function pinStatus(items: InterventionListItem[]): string {
  const statuses = new Set(items.map((i) => i.status));
  if (statuses.has('changes_requested')) return 'changes_requested';
  return statuses.has('submitted') ? 'submitted' : 'approved';
}

function pinIcon(place: Place): L.DivIcon {
  const count = place.items.length > 1 ? String(place.items.length) : '';
  return L.divIcon({
    className: 'coord-pin-box',
    html: `<span class="coord-pin coord-pin--${pinStatus(place.items)}">${escapeHtml(count)}</span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 40],
    popupAnchor: [0, -36],
  });
}

/**
 * Frames the pins rather than the whole network, once the network has framed itself (its effect runs
 * first), and again when the filters change what is shown.
 */
function FitToPins({ pins }: { pins: Place[] }) {
  const map = useMap();
  const coverageLoaded = useCoverage().data !== undefined;
  const framed = useRef('');
  const keys = pins.map((p) => p.key).join(';');
  useEffect(() => {
    if (!coverageLoaded || !pins.length || framed.current === keys) return;
    framed.current = keys;
    const bounds = L.latLngBounds(pins.map((p): [number, number] => [p.lat, p.lon]));
    // Room at the bottom for the legend card.
    map.fitBounds(bounds, {
      paddingTopLeft: [48, 48],
      paddingBottomRight: [48, 128],
      maxZoom: 13,
      animate: false,
    });
  }, [map, coverageLoaded, pins, keys]);
  return null;
}

export function InterventionsMap({ list }: { list: InterventionListQuery }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const pins = useMemo(() => places(items).map((place) => ({ place, icon: pinIcon(place) })), [items]);
  const withoutPosition = items.filter((i) => !(i.place ?? i.position)).length;
  const label = (i: InterventionListItem) =>
    `${t(`coordination.kind.${i.kind}`)} — ${i.siteName ?? i.buildingAddress ?? i.fibrePointName ?? i.summary} — ${t(`coordination.status.${i.status}`)}`;

  return (
    <>
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      <div className="coord-map" data-testid="interventions-map">
        <NetworkMap>
          <FitToPins pins={pins.map((p) => p.place)} />
          {pins.map(({ place, icon }) => {
            const [only] = place.items;
            const single = place.items.length === 1 && only;
            return (
              <Marker
                key={place.key}
                position={[place.lat, place.lon]}
                icon={icon}
                zIndexOffset={1000}
                title={single ? label(only) : t('coordination.list.atPoint', { count: place.items.length })}
                eventHandlers={
                  single ? { click: () => void navigate(`/coordination/interventions/${only.id}`) } : {}
                }
              >
                {!single && (
                  <Popup>
                    <strong>{t('coordination.list.atPoint', { count: place.items.length })}</strong>
                    <ul className="coord-map__popup">
                      {place.items.map((i) => (
                        <li key={i.id}>
                          <Link to={`/coordination/interventions/${i.id}`}>{label(i)}</Link>
                          <div>{formatDateTime(i.startedAt, locale)}</div>
                        </li>
                      ))}
                    </ul>
                  </Popup>
                )}
              </Marker>
            );
          })}
        </NetworkMap>
      </div>
      {withoutPosition > 0 && (
        <p className="coord-note">{t('coordination.list.noPosition', { count: withoutPosition })}</p>
      )}
      <LoadMore {...list} />
    </>
  );
}
