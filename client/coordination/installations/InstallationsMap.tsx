// The loaded installations on the network map, each at its GPS fix or its building; a tap opens it.
import L from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { NetworkMap } from '../../public-map/NetworkMap.tsx';
import { LoadError, LoadMore } from '../ui/QueryStatus.tsx';
import { useInstallationTitle, type InstallationListQuery } from './InstallationRows.tsx';

const icon = (removed: boolean) =>
  L.divIcon({
    className: 'coord-pin-box',
    html: `<span class="coord-pin coord-pin--${removed ? 'changes_requested' : 'approved'}"></span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 40],
  });

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
          {placed.map((i) =>
            i.place ? (
              <Marker
                key={i.id}
                position={[i.place.lat, i.place.lon]}
                icon={icon(i.status === 'removed')}
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
