// Leaflet layers of the technician map: taps and long-presses check a place; the checked place and
// its path to the covering relay; the prospects of the technician's zones.
import { useEffect } from 'react';
import { CircleMarker, Polyline, useMap, useMapEvents } from 'react-leaflet';
import type { ProspectPoint } from '../../../shared/schemas/surveys.ts';
import type { TechCheck } from './tech-check.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

export function CheckClicks({ onPoint }: { onPoint(p: LatLon): void }) {
  useMapEvents({
    click: (e) => onPoint({ lat: e.latlng.lat, lon: e.latlng.lng }),
    // A long press on a phone (and a right click): the same check, for hands used to it.
    contextmenu: (e) => onPoint({ lat: e.latlng.lat, lon: e.latlng.lng }),
  });
  return null;
}

/** Opens the map on a given place (?lat=&lon=&z=, e.g. from a request), once. */
export function InitialView({ at }: { at: (LatLon & { zoom: number }) | null }) {
  const map = useMap();
  useEffect(() => {
    if (at) map.setView([at.lat, at.lon], at.zoom, { animate: false });
  }, [map, at]);
  return null;
}

export function CheckedPlace({ check }: { check: TechCheck }) {
  const map = useMap();
  const first = check.radio[0];
  const { lat, lon } = check.point;
  const site = first?.site.position;
  // The answer's sheet took the bottom of the map: frame the relay, its path and the place above it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      map.invalidateSize({ animate: false });
      if (site) {
        map.fitBounds(
          [
            [site.lat, site.lon],
            [lat, lon],
          ],
          { padding: [24, 24], maxZoom: 16, animate: false },
        );
      } else map.panTo([lat, lon], { animate: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [map, lat, lon, site]);
  const blocked = first?.profile?.status === 'blocked' || first?.excluded;
  return (
    <>
      {first && (
        <Polyline
          positions={[
            [first.site.position.lat, first.site.position.lon],
            [check.point.lat, check.point.lon],
          ]}
          pathOptions={{
            color: blocked ? '#b3261e' : '#1b5e20',
            weight: 3,
            dashArray: blocked ? '6 6' : undefined,
          }}
          interactive={false}
        />
      )}
      <CircleMarker
        center={[check.point.lat, check.point.lon]}
        radius={9}
        pathOptions={{ color: '#111', weight: 3, fillColor: '#ffd400', fillOpacity: 1 }}
        interactive={false}
      />
    </>
  );
}

export function ProspectMarkers({
  items,
  onShow,
}: {
  items: ProspectPoint[];
  onShow(p: ProspectPoint): void;
}) {
  return (
    <>
      {items.map((p) => (
        <CircleMarker
          key={p.id}
          center={[p.position.lat, p.position.lon]}
          radius={7}
          pathOptions={{
            color: '#fff',
            weight: 2,
            fillColor: p.kind === 'subscription' ? '#6a1b9a' : '#00838f',
            fillOpacity: 1,
          }}
          eventHandlers={{ click: () => onShow(p) }}
        />
      ))}
    </>
  );
}
