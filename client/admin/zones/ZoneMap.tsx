// The zone editor's map: the network (relays, sectors, fibre) with every zone's outline, and the one
// being drawn. A tap adds a corner; the map can be centred on a relay so an outline starts where the
// admin means it to.
import { useEffect } from 'react';
import { CircleMarker, Polygon, Polyline, useMap, useMapEvents } from 'react-leaflet';
import type { ZoneSummary } from '../../../shared/schemas/inventory.ts';
import { NetworkMap } from '../../public-map/NetworkMap.tsx';
import { useCoverage } from '../../public-map/queries.ts';
import { ringsOf, type Corner } from './outline.ts';

function Taps({ onTap }: { onTap(c: Corner): void }) {
  useMapEvents({ click: (e) => onTap({ lat: e.latlng.lat, lon: e.latlng.lng }) });
  return null;
}

/** Centres on the chosen place once the network has framed itself (its own effect runs first). */
function CentreOn({ place }: { place: Corner | null }) {
  const map = useMap();
  const loaded = useCoverage().data !== undefined;
  useEffect(() => {
    if (loaded && place) map.setView([place.lat, place.lon], 15, { animate: false });
  }, [map, loaded, place]);
  return null;
}

export function ZoneMap({
  zones,
  editingId,
  corners,
  onTap,
  centre,
}: {
  zones: ZoneSummary[];
  editingId: string | null;
  corners: Corner[];
  onTap(c: Corner): void;
  centre: Corner | null;
}) {
  const drawn = corners.map((c): [number, number] => [c.lat, c.lon]);
  return (
    <div className="coord-map admin-map" data-testid="zone-map">
      <NetworkMap>
        {zones
          .filter((z) => z.geometry && z.id !== editingId)
          .map((z) =>
            z.geometry ? (
              <Polygon
                key={z.id}
                positions={ringsOf(z.geometry)}
                interactive={false}
                pathOptions={{ color: '#4a564d', weight: 2, dashArray: '6 4', fillOpacity: 0.05 }}
              />
            ) : null,
          )}
        {drawn.length >= 3 && (
          <Polygon
            positions={drawn}
            interactive={false}
            pathOptions={{ color: '#1d4ed8', weight: 3, fillOpacity: 0.15 }}
          />
        )}
        {drawn.length === 2 && <Polyline positions={drawn} interactive={false} color="#1d4ed8" />}
        {drawn.map((p, i) => (
          <CircleMarker
            key={i}
            center={p}
            radius={6}
            interactive={false}
            pathOptions={{ color: '#1d4ed8', fillColor: '#fff', fillOpacity: 1, weight: 3 }}
          />
        ))}
        <Taps onTap={onTap} />
        <CentreOn place={centre} />
      </NetworkMap>
    </div>
  );
}
