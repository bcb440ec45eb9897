// Pure tile arithmetic for offline map areas: which Web Mercator tiles cover a box over a zoom range,
// their URLs (exactly as Leaflet builds them, so the service worker's cache keys match), and what a
// download would cost before it starts.

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Tile {
  z: number;
  x: number;
  y: number;
}

/** Plan IGN and most raster servers do not go further; beyond 17 an area is mostly empty fields. */
export const MAX_ZOOM = 17;
/** A download bigger than this is refused (≈ 80 MB): pick a smaller area or fewer zoom levels. */
export const MAX_TILES = 4000;
/** A rough mean for PNG raster tiles (Plan IGN is 5–40 KB); an estimate, not a measurement. */
export const BYTES_PER_TILE = 20_000;

/** Web Mercator stops at ±85.0511° (the latitude where the square world ends). */
const MAX_LAT = 85.0511287798066;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/** The tile holding a point at zoom z (slippy-map / WMTS "PM" numbering: y grows southwards). */
export function lonLatToTile(lon: number, lat: number, z: number): Tile {
  const n = 2 ** z;
  const latRad = (clamp(lat, -MAX_LAT, MAX_LAT) * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
  return { z, x: clamp(x, 0, n - 1), y: clamp(y, 0, n - 1) };
}

function tileRange(bbox: BBox, z: number) {
  const nw = lonLatToTile(bbox.west, bbox.north, z);
  const se = lonLatToTile(bbox.east, bbox.south, z);
  return { minX: nw.x, maxX: se.x, minY: nw.y, maxY: se.y };
}

/** How many tiles cover the box from minZoom to maxZoom, without listing them. */
export function countTiles(bbox: BBox, minZoom: number, maxZoom: number): number {
  let total = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    total += (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
  }
  return total;
}

/** Every tile covering the box from minZoom to maxZoom, lowest zoom first. */
export function tilesInBBox(bbox: BBox, minZoom: number, maxZoom: number): Tile[] {
  const tiles: Tile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(bbox, z);
    for (let x = r.minX; x <= r.maxX; x++) {
      for (let y = r.minY; y <= r.maxY; y++) tiles.push({ z, x, y });
    }
  }
  return tiles;
}

/**
 * The tile URL from the configured template, as Leaflet's TileLayer builds it: `{z}/{x}/{y}` paths and
 * the WMTS `TILEMATRIX={z}&TILEROW={y}&TILECOL={x}` query are the same placeholders; `{s}` takes
 * Leaflet's default subdomain for that tile (abc, by x + y), `{r}` (retina) stays empty.
 */
export function tileUrl(template: string, { z, x, y }: Tile, subdomains = 'abc'): string {
  const values: Record<string, string> = {
    z: String(z),
    x: String(x),
    y: String(y),
    s: subdomains[Math.abs(x + y) % subdomains.length] ?? '',
    r: '',
  };
  return template.replace(/\{ *([\w_-]+) *\}/g, (whole, name: string) => values[name] ?? whole);
}

export type Plan =
  | { ok: true; minZoom: number; maxZoom: number; tiles: number; bytes: number }
  | { ok: false; reason: 'tooMany' | 'zoomTooHigh'; tiles: number; max: number };

/** The cost of a download shown before it starts, or why it is refused. */
export function planDownload(bbox: BBox, minZoom: number, maxZoom: number): Plan {
  const from = Math.max(0, Math.floor(Math.min(minZoom, maxZoom)));
  const to = Math.floor(Math.max(minZoom, maxZoom));
  if (to > MAX_ZOOM) return { ok: false, reason: 'zoomTooHigh', tiles: 0, max: MAX_ZOOM };
  const tiles = countTiles(bbox, from, to);
  if (tiles > MAX_TILES) return { ok: false, reason: 'tooMany', tiles, max: MAX_TILES };
  return { ok: true, minZoom: from, maxZoom: to, tiles, bytes: tiles * BYTES_PER_TILE };
}
