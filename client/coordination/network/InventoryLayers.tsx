// The inventory on the map: relays by status, their sectors as wedges (planned ones dashed, full ones
// amber), PMs and PBOs. The sector being edited is drawn from its draft, so the wedge follows the
// fields before anything is saved.
import { useEffect, useMemo, useRef } from 'react';
import { CircleMarker, Polygon, Tooltip, useMap } from 'react-leaflet';
import { sectorWedge } from '../../../shared/eligibility/radio.ts';
import type { Inventory } from '../../../shared/schemas/inventory.ts';
import type { Sector } from '../../../shared/schemas/sync.ts';

export type Selection = { kind: 'site'; id: string } | { kind: 'point'; id: string } | null;
export type SectorDraft = Pick<Sector, 'id' | 'azimuthDeg' | 'beamwidthDeg' | 'rangeM' | 'full' | 'planned'>;

const statusColour = { active: '#0b6e3b', planned: '#1f5fbf', decommissioned: '#6b6b6b' } as const;

interface Props {
  inventory: Inventory;
  selection: Selection;
  draft: SectorDraft | null;
  onSelect: (s: Selection) => void;
}

export function InventoryLayers({ inventory, selection, draft, onSelect }: Props) {
  const sites = useMemo(() => new Map(inventory.sites.map((s) => [s.id, s])), [inventory.sites]);
  const wedges = inventory.sectors.flatMap((stored) => {
    const site = sites.get(stored.siteId);
    if (!site) return [];
    const s = draft?.id === stored.id ? { ...stored, ...draft } : stored;
    const selected = selection?.kind === 'site' && selection.id === site.id;
    return [{ s, selected, ring: sectorWedge(site.position, s, 24) }];
  });
  return (
    <>
      {wedges.map(({ s, selected, ring }) => (
        <Polygon
          key={s.id}
          positions={ring}
          pathOptions={{
            color: s.full ? '#b35c00' : '#1f5fbf',
            weight: draft?.id === s.id ? 3 : 1,
            dashArray: s.planned ? '6 6' : undefined,
            fillOpacity: selected ? 0.3 : 0.12,
          }}
          eventHandlers={{ click: () => onSelect({ kind: 'site', id: s.siteId }) }}
        />
      ))}
      {inventory.fibrePoints.map((p) =>
        p.position ? (
          <CircleMarker
            key={p.id}
            center={[p.position.lat, p.position.lon]}
            radius={p.kind === 'pm' ? 8 : 5}
            pathOptions={{
              color: '#5b2a86',
              fillColor: p.kind === 'pm' ? '#5b2a86' : '#ffffff',
              fillOpacity: 1,
              weight: selection?.kind === 'point' && selection.id === p.id ? 4 : 2,
            }}
            eventHandlers={{ click: () => onSelect({ kind: 'point', id: p.id }) }}
          >
            <Tooltip>{`${p.kind.toUpperCase()} ${p.name ?? p.id}`}</Tooltip>
          </CircleMarker>
        ) : null,
      )}
      {inventory.sites.map((site) => (
        <CircleMarker
          key={site.id}
          center={[site.position.lat, site.position.lon]}
          radius={selection?.kind === 'site' && selection.id === site.id ? 11 : 8}
          pathOptions={{ color: '#ffffff', weight: 2, fillColor: statusColour[site.status], fillOpacity: 1 }}
          eventHandlers={{ click: () => onSelect({ kind: 'site', id: site.id }) }}
        >
          <Tooltip>{site.name}</Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}

/** Frames the whole inventory once it arrives, and a relay close up when one is chosen. */
export function FrameInventory({ inventory, selection }: { inventory: Inventory; selection: Selection }) {
  const map = useMap();
  const framed = useRef(false);
  useEffect(() => {
    const points = [
      ...inventory.sites.map((s) => s.position),
      ...inventory.fibrePoints.flatMap((p) => (p.position ? [p.position] : [])),
    ];
    if (framed.current || !points.length) return;
    framed.current = true;
    const lats = points.map((p) => p.lat);
    const lons = points.map((p) => p.lon);
    map.fitBounds(
      [
        [Math.min(...lats), Math.min(...lons)],
        [Math.max(...lats), Math.max(...lons)],
      ],
      { padding: [32, 32], animate: false },
    );
  }, [map, inventory]);
  const chosen = selection?.kind === 'site' ? inventory.sites.find((s) => s.id === selection.id) : undefined;
  useEffect(() => {
    if (chosen)
      map.setView([chosen.position.lat, chosen.position.lon], Math.max(map.getZoom(), 12), {
        animate: false,
      });
    // Only when another relay is chosen, not on every save of this one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, chosen?.id]);
  return null;
}
