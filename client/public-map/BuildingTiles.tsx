// Fibre buildings on the public map, fetched for the view only (network.tile): counts per area when
// zoomed out (DOM markers, ≤ one per 64 px, merged so none overlap), one canvas dot a building when
// close. The dots are drawn by Leaflet's canvas renderer and are not interactive: a tap on a dot is
// a tap on the map, which checks that exact place (client/join/JoinMapLayers.tsx).
import { useQueryClient } from '@tanstack/react-query';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { TileId } from '../../shared/map/tiles.ts';
import { DETAIL_ZOOM, type NetworkTile } from '../../shared/schemas/network-view.ts';
import { useT } from '../i18n/i18n.tsx';
import { useTRPC } from '../lib/trpc.ts';
import { buildingColour } from './styles.ts';
import { clearOf, dataZoom, mergeCells, tileCells, tileDots, viewTiles, type Cell } from './view-tiles.ts';

/** Cluster markers are 44 px wide (touch targets): keep their centres at least this far apart. */
const CLUSTER_SPACING_PX = 52;
/** …and this far from a relay marker's centre (48 px, its group 44 px), so two targets never overlap. */
const RELAY_SPACING_PX = 48;

const key = (t: TileId) => `${t.z}/${t.x}/${t.y}`;

function clusterIcon(c: Cell): L.DivIcon {
  const tone = c.deployed > 0 ? 'deployed' : 'planned';
  return L.divIcon({
    className: `building-cluster building-cluster--${tone}`,
    html: `<span class="building-cluster__count">${c.count}</span>`,
    iconSize: [44, 44],
    iconAnchor: [22, 22],
  });
}

export function BuildingTiles({
  version,
  relays,
}: {
  version: string;
  /** Where relay markers are drawn: count markers keep clear of them. */
  relays: readonly { lat: number; lon: number }[];
}) {
  const t = useT();
  const map = useMap();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Relays move the count markers only: a new list redraws those, not the tiles and dots.
  const relaysRef = useRef(relays);
  const redrawClusters = useRef<(() => void) | null>(null);

  useEffect(() => {
    const renderer = L.canvas({ padding: 0.3 });
    const dotLayers = new Map<string, L.LayerGroup>();
    const clusterLayer = L.layerGroup().addTo(map);
    const cells = new Map<string, Cell[]>();
    let wanted = new Set<string>();
    // "ready" once every tile of the view is drawn: the benchmark's (and tests') signal that the
    // network is on screen (bench/public-map.ts).
    const pending = new Set<string>();
    const container = map.getContainer();
    const markState = () => {
      container.dataset.buildingTiles = pending.size === 0 ? 'ready' : 'loading';
    };

    const drawClusters = () => {
      clusterLayer.clearLayers();
      const project = (lat: number, lon: number) => map.latLngToLayerPoint([lat, lon]);
      const merged = mergeCells([...cells.values()].flat(), project, CLUSTER_SPACING_PX);
      const drawnAt = clearOf(
        merged.map((c) => project(c.lat, c.lon)),
        relaysRef.current.map((r) => project(r.lat, r.lon)),
        RELAY_SPACING_PX,
      );
      merged.forEach((c, i) => {
        const label = t('map.cluster.title', { count: c.count });
        const at = drawnAt[i] ?? project(c.lat, c.lon);
        L.marker(map.layerPointToLatLng([at.x, at.y]), {
          icon: clusterIcon(c),
          title: label,
          alt: label,
          keyboard: true,
        })
          .on('click', () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, DETAIL_ZOOM)))
          .addTo(clusterLayer);
      });
    };

    const dotsOf = (tile: TileId, data: NetworkTile) => {
      const group = L.layerGroup();
      for (const d of tileDots(tile, data)) {
        L.circleMarker([d.lat, d.lon], {
          renderer,
          radius: 5,
          color: '#ffffff',
          weight: 1.5,
          fillColor: buildingColour[d.state],
          fillOpacity: 1,
          interactive: false,
        }).addTo(group);
      }
      return group;
    };

    const update = () => {
      const zoom = map.getZoom();
      const b = map.getBounds();
      const tiles = viewTiles(
        { west: b.getWest(), east: b.getEast(), south: b.getSouth(), north: b.getNorth() },
        zoom,
      );
      const detail = dataZoom(zoom) === DETAIL_ZOOM - 1;
      wanted = new Set(tiles.map(key));
      // Leave what is out of view (or at another zoom) as soon as the view settles.
      for (const [k, layer] of dotLayers) {
        if (!detail || !wanted.has(k)) {
          layer.remove();
          dotLayers.delete(k);
        }
      }
      for (const k of cells.keys()) if (detail || !wanted.has(k)) cells.delete(k);
      drawClusters();
      for (const tile of tiles) {
        const k = key(tile);
        if (dotLayers.has(k) || cells.has(k) || pending.has(k)) continue;
        pending.add(k);
        queryClient
          .fetchQuery({
            ...trpc.network.tile.queryOptions({ v: version, ...tile }),
            staleTime: Infinity,
          })
          .then(
            (data) => {
              // The view moved on while this tile was on its way.
              if (!wanted.has(k) || dotLayers.has(k)) return;
              if (data.kind === 'points') {
                dotLayers.set(k, dotsOf(tile, data).addTo(map));
              } else {
                cells.set(k, tileCells(data));
                drawClusters();
              }
            },
            () => undefined, // offline without this tile cached: the rest of the map still shows
          )
          .finally(() => {
            pending.delete(k);
            markState();
          });
      }
      markState();
    };

    redrawClusters.current = drawClusters;
    update();
    map.on('moveend', update);
    return () => {
      redrawClusters.current = null;
      map.off('moveend', update);
      for (const layer of dotLayers.values()) layer.remove();
      clusterLayer.remove();
      renderer.remove();
    };
  }, [map, trpc, queryClient, version, t]);

  useEffect(() => {
    if (relaysRef.current === relays) return;
    relaysRef.current = relays;
    redrawClusters.current?.();
  }, [relays]);

  return null;
}
