// The loaded installations on the network map, each at its GPS fix or its building; a tap opens it.
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker, useMap } from 'react-leaflet';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { NetworkMap } from '../../public-map/NetworkMap.tsx';
import { useCoverage } from '../../public-map/queries.ts';
import { LoadError, LoadMore } from '../ui/QueryStatus.tsx';
import { useInstallationTitle, type InstallationListQuery } from './InstallationRows.tsx';

// One icon object per state: a new one on every render would make Leaflet rebuild the marker's element
// (and lose a click landing meanwhile).
const pinIcon = (status: 'approved' | 'changes_requested') =>
  L.divIcon({
    className: 'coord-pin-box',
    html: `<span class="coord-pin coord-pin--${status}"></span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 40],
  });
const icons = { active: pinIcon('approved'), removed: pinIcon('changes_requested') };

/** Frames the pins once the network has framed itself, and again when the filters change them. */
function FitToPins({ points }: { points: { lat: number; lon: number }[] }) {
  const map = useMap();
  const coverageLoaded = useCoverage().data !== undefined;
  const framed = useRef('');
  const key = points.map((p) => `${p.lat},${p.lon}`).join(';');
  useEffect(() => {
    if (!coverageLoaded || !points.length || framed.current === key) return;
    framed.current = key;
    const bounds = L.latLngBounds(points.map((p): [number, number] => [p.lat, p.lon]));
    map.fitBounds(bounds, { padding: [48, 48], maxZoom: 15, animate: false });
  }, [map, coverageLoaded, points, key]);
  return null;
}

export function InstallationsMap({ list }: { list: InstallationListQuery }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const title = useInstallationTitle();
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const placed = items.filter((i) => i.place);
  return (
    <>
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      <div className="coord-map" data-testid="installations-map">
        <NetworkMap>
          <FitToPins points={placed.flatMap((i) => (i.place ? [i.place] : []))} />
          {placed.map((i) =>
            i.place ? (
              <Marker
                key={i.id}
                position={[i.place.lat, i.place.lon]}
                icon={icons[i.status]}
                zIndexOffset={1000}
                title={`${title(i)}${i.ontSerial ? ` — ${i.ontSerial}` : ''}`}
                eventHandlers={{ click: () => void navigate(`/coordination/installations/${i.id}`) }}
              />
            ) : null,
          )}
        </NetworkMap>
      </div>
      {items.length > placed.length && (
        <p className="coord-note">
          {t('office.installations.noPosition', { count: items.length - placed.length })}
        </p>
      )}
      <LoadMore {...list} />
    </>
  );
}
