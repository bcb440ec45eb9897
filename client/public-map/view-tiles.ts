// Which data tiles a map view needs, and what they hold, in map terms. Pure (tested without a browser).
import { tileBounds, tilesCovering, type TileBounds, type TileId } from '../../shared/map/tiles.ts';
import { DETAIL_ZOOM, type NetworkTile } from '../../shared/schemas/network-view.ts';
import type { VisibleBuildingState } from './geometry.ts';

/** Data tiles are 512 px, one level above the map's; buildings one by one from DETAIL_ZOOM. */
export function dataZoom(mapZoom: number): number {
  return Math.max(0, Math.min(Math.floor(mapZoom) - 1, DETAIL_ZOOM - 1));
}

/** The data tiles of a view, widened by a fraction on each side so a short pan finds them loaded. */
export function viewTiles(view: TileBounds, mapZoom: number, margin = 0.25): TileId[] {
  const w = (view.east - view.west) * margin;
  const h = (view.north - view.south) * margin;
  const wide = { west: view.west - w, east: view.east + w, south: view.south - h, north: view.north + h };
  return tilesCovering(wide, dataZoom(mapZoom));
}

export interface Dot {
  lat: number;
  lon: number;
  state: VisibleBuildingState;
}

export interface Cell {
  lat: number;
  lon: number;
  count: number;
  deployed: number;
}

const stateOf: Record<string, VisibleBuildingState> = { d: 'deployed', p: 'in_progress', t: 'targeted' };

export function tileDots(tile: TileId, data: NetworkTile): Dot[] {
  if (data.kind !== 'points') return [];
  const { west, south } = tileBounds(tile.z, tile.x, tile.y);
  return data.lat.map((lat, i) => ({
    lat: south + lat / 1e6,
    lon: west + (data.lon[i] ?? 0) / 1e6,
    state: stateOf[data.states[i] ?? 't'] ?? 'targeted',
  }));
}

export function tileCells(data: NetworkTile): Cell[] {
  return data.kind === 'cells'
    ? data.cells.map(([lat, lon, count, deployed]) => ({ lat, lon, count, deployed }))
    : [];
}

/**
 * Cells from neighbouring tiles can sit a few pixels apart: merge any two closer than `minPx` on
 * screen (largest first, weighted centroid) so no two markers overlap at this zoom.
 */
export function mergeCells(
  cells: readonly Cell[],
  project: (lat: number, lon: number) => { x: number; y: number },
  minPx: number,
): Cell[] {
  const sorted = [...cells].sort((a, b) => b.count - a.count);
  const kept: { cell: Cell; x: number; y: number }[] = [];
  for (const c of sorted) {
    const p = project(c.lat, c.lon);
    const near = kept.find((k) => (k.x - p.x) ** 2 + (k.y - p.y) ** 2 < minPx * minPx);
    if (!near) {
      kept.push({ cell: { ...c }, ...p });
      continue;
    }
    const total = near.cell.count + c.count;
    near.cell = {
      lat: (near.cell.lat * near.cell.count + c.lat * c.count) / total,
      lon: (near.cell.lon * near.cell.count + c.lon * c.count) / total,
      count: total,
      deployed: near.cell.deployed + c.deployed,
    };
  }
  return kept.map((k) => k.cell);
}

/**
 * Where to draw each marker so that none sits within `minPx` of an obstacle (a relay marker): a
 * marker too close is pushed straight away from it (down, when exactly on it), a few rounds for
 * markers near several. Only the drawn position moves; the marker keeps its own place for a tap.
 */
export function clearOf(
  points: readonly { x: number; y: number }[],
  obstacles: readonly { x: number; y: number }[],
  minPx: number,
): { x: number; y: number }[] {
  return points.map((start) => {
    let { x, y } = start;
    for (let round = 0; round < 4; round++) {
      const hit = obstacles.find((o) => (o.x - x) ** 2 + (o.y - y) ** 2 < minPx * minPx - 1e-6);
      if (!hit) break;
      const dx = x - hit.x;
      const dy = y - hit.y;
      const d = Math.hypot(dx, dy);
      const [ux, uy] = d < 1e-9 ? [0, 1] : [dx / d, dy / d];
      x = hit.x + ux * minPx;
      y = hit.y + uy * minPx;
    }
    return { x, y };
  });
}
