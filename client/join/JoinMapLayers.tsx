// What the flow draws on the map: taps choose a place (on the "where" and result steps), a pin marks
// it, the sector wedge, fibre building or zone behind the answer is outlined, and the view follows.
import L from 'leaflet';
import { useEffect, useMemo, useState, type Dispatch } from 'react';
import { CircleMarker, Marker, Polygon, useMap, useMapEvents } from 'react-leaflet';
import { sectorWedge } from '../../shared/eligibility/radio.ts';
import { useT } from '../i18n/i18n.tsx';
import { zoneLatLngs, type LatLng } from '../public-map/geometry.ts';
import { useOutline } from '../public-map/queries.ts';
import type { ChosenPlace, FlowAction, FlowState } from './flow.ts';
import { highlightedOption, nearestSite } from './format.ts';
import { KeyboardPick } from './KeyboardPick.tsx';
import { useEligibility } from './queries.ts';
import { fitWithin } from '../public-map/fit.ts';

const pinIcon = L.divIcon({
  className: 'join-pin',
  html: '<svg viewBox="0 0 32 44" width="32" height="44" aria-hidden="true"><path d="M16 43C16 43 2 25 2 15a14 14 0 0 1 28 0c0 10-14 28-14 28Z" fill="#172019" stroke="#fff" stroke-width="3"/><circle cx="16" cy="15" r="5.5" fill="#fff"/></svg>',
  iconSize: [32, 44],
  iconAnchor: [16, 43],
});

const highlightStyle = { color: '#0b5d4b', weight: 4, fillColor: '#0b5d4b', fillOpacity: 0.12 };
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

interface Props {
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
  place: ChosenPlace | null;
}

export function JoinMapLayers({ state, dispatch, place }: Props) {
  const t = useT();
  const map = useMap();
  const coverage = useOutline().data;
  const answer = useEligibility(place?.position ?? null).data;
  const [reducedMotion] = useState(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches);

  useMapEvents({
    click(e) {
      if (state.step !== 'place' && state.step !== 'result') return;
      const position = { lat: round6(e.latlng.lat), lon: round6(e.latlng.lng) };
      dispatch({ type: 'place', place: { position, label: null, approximate: false, source: 'map' } });
    },
  });

  // The sheet grows and shrinks with the steps: Leaflet only notices window resizes by itself.
  // Panning keeps the centre (the chosen place, once framed) in the middle of what is left.
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: true, animate: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  const highlight = useMemo(() => {
    const option = answer && highlightedOption(answer.result);
    if (!option || !coverage) return null;
    const sector = option.sectorId ? coverage.sectors.find((s) => s.id === option.sectorId) : undefined;
    const site = sector && coverage.sites.find((s) => s.id === sector.siteId);
    // The matched building is within 30 m of the place: ring the place itself (the public page
    // does not hold every building, only those of the view).
    const building = option.buildingId !== undefined && place !== null;
    const zone = option.zoneId ? coverage.fibreZones.find((z) => z.id === option.zoneId) : undefined;
    const buildingAt: LatLng | null = building ? [place.position.lat, place.position.lon] : null;
    return {
      wedge: sector && site ? sectorWedge(site, sector, 32) : null,
      site: site ?? null,
      building: buildingAt,
      zone: zone && !building ? zoneLatLngs(zone.geometry) : null,
    };
  }, [answer, coverage, place]);

  // Frame the place once its answer is known: close in on a fibre building; for radio, wide enough
  // to see the relay; out of reach, wide enough to see the nearest relay. Primitive dependencies: a
  // refetch of the same answer does not move the view.
  const lat = place?.position.lat;
  const lon = place?.position.lon;
  const verdict = answer?.result.verdict;
  const context = useMemo(
    () =>
      highlight?.site ??
      (verdict === 'none' && coverage && place
        ? (coverage.sites.find((s) => s.id === answer?.result.nearby?.[0]?.siteId) ??
          nearestSite(coverage.sites, place.position))
        : null),
    [highlight, verdict, coverage, place, answer],
  );
  const siteLat = context?.lat;
  const siteLon = context?.lon;
  const closeIn = highlight?.building != null || highlight?.zone != null;
  useEffect(() => {
    if (lat === undefined || lon === undefined || verdict === undefined) return;
    const animate = !reducedMotion;
    if (siteLat !== undefined && siteLon !== undefined && !closeIn) {
      // The relay and its mirror image: the place stays in the middle (legend and controls sit on
      // the edges), with the relay in view on its side.
      const bounds = L.latLngBounds([
        [siteLat, siteLon],
        [2 * lat - siteLat, 2 * lon - siteLon],
      ]);
      fitWithin(map, bounds, { animate, padding: [48, 48], maxZoom: 15 });
    } else {
      map.setView([lat, lon], closeIn ? 17 : Math.max(map.getZoom(), 14), { animate });
    }
  }, [map, reducedMotion, lat, lon, verdict, siteLat, siteLon, closeIn]);

  // The overview (no address): the whole network.
  const overview = state.step === 'result' && place === null;
  useEffect(() => {
    const b = overview ? coverage?.bounds : null;
    const bounds: [LatLng, LatLng] | null = b
      ? [
          [b.south, b.west],
          [b.north, b.east],
        ]
      : null;
    if (bounds) fitWithin(map, bounds, { animate: !reducedMotion, padding: [16, 16] });
    // `coverage` keeps its identity across refetches of unchanged data (react-query's structural
    // sharing): the view moves on entering the overview, or when the network itself changed.
  }, [overview, coverage, map, reducedMotion]);

  return (
    <>
      <KeyboardPick active={state.step === 'place' || state.step === 'result'} dispatch={dispatch} />
      {highlight?.wedge && (
        <Polygon positions={highlight.wedge} pathOptions={highlightStyle} interactive={false} />
      )}
      {highlight?.zone && (
        <Polygon positions={highlight.zone} pathOptions={highlightStyle} interactive={false} />
      )}
      {highlight?.building && (
        <CircleMarker
          center={highlight.building}
          radius={12}
          pathOptions={{ color: '#0b5d4b', weight: 4, fill: false }}
          interactive={false}
        />
      )}
      {place && (
        <Marker
          position={[place.position.lat, place.position.lon]}
          icon={pinIcon}
          interactive={false}
          keyboard={false}
          title={t('map.chosenPoint')}
          alt={t('map.chosenPoint')}
        />
      )}
    </>
  );
}
