// Web Mercator tile arithmetic (the slippy-map scheme Leaflet and OSM use), shared by the server that
// cuts the public network into view-sized tiles and the page that asks for the tiles it shows.

/** Tile column of a longitude at zoom z (may be fractional). */
export function lonToTileX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

/** Tile row of a latitude at zoom z (may be fractional); clamped to Web Mercator's ±85.05°. */
export function latToTileY(lat: number, z: number): number {
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  const r = (clamped * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z;
}

function tileXToLon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

function tileYToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

export interface TileBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function tileBounds(z: number, x: number, y: number): TileBounds {
  return {
    west: tileXToLon(x, z),
    east: tileXToLon(x + 1, z),
    north: tileYToLat(y, z),
    south: tileYToLat(y + 1, z),
  };
}

export interface TileId {
  z: number;
  x: number;
  y: number;
}

/** The tiles at zoom z that a lon/lat box touches, row by row (empty for an inverted box). */
export function tilesCovering(box: TileBounds, z: number): TileId[] {
  const max = 2 ** z - 1;
  const clamp = (v: number) => Math.max(0, Math.min(max, Math.floor(v)));
  const x0 = clamp(lonToTileX(box.west, z));
  const x1 = clamp(lonToTileX(box.east, z));
  const y0 = clamp(latToTileY(box.north, z));
  const y1 = clamp(latToTileY(box.south, z));
  const tiles: TileId[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) tiles.push({ z, x, y });
  return tiles;
}
