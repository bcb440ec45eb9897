// ESRI ASCII grid (.asc) in WGS84 degrees, e.g. an IGN RGE ALTI or SRTM extract reprojected to
// EPSG:4326. The header gives the lower-left corner (or centre of the lower-left cell) and a square
// cell size; values follow row by row from the northernmost row.
import type { TerrainModel } from './terrain.ts';

interface Header {
  ncols: number;
  nrows: number;
  /** Centre of the lower-left cell. */
  x0: number;
  y0: number;
  cellsize: number;
  nodata: number | null;
}

const HEADER_KEYS = new Set([
  'ncols',
  'nrows',
  'xllcorner',
  'xllcenter',
  'yllcorner',
  'yllcenter',
  'cellsize',
  'nodata_value',
]);

function readHeader(fields: Map<string, number>): Header {
  const need = (key: string): number => {
    const v = fields.get(key);
    if (v === undefined) throw new Error(`ASCII grid: missing ${key}`);
    return v;
  };
  const ncols = need('ncols');
  const nrows = need('nrows');
  const cellsize = need('cellsize');
  if (!Number.isInteger(ncols) || !Number.isInteger(nrows) || ncols < 1 || nrows < 1) {
    throw new Error('ASCII grid: ncols and nrows must be positive integers');
  }
  if (!(cellsize > 0)) throw new Error('ASCII grid: cellsize must be positive');
  const half = cellsize / 2;
  const x = fields.get('xllcenter') ?? (fields.has('xllcorner') ? need('xllcorner') + half : undefined);
  const y = fields.get('yllcenter') ?? (fields.has('yllcorner') ? need('yllcorner') + half : undefined);
  if (x === undefined) throw new Error('ASCII grid: missing xllcorner or xllcenter');
  if (y === undefined) throw new Error('ASCII grid: missing yllcorner or yllcenter');
  return { ncols, nrows, x0: x, y0: y, cellsize, nodata: fields.get('nodata_value') ?? null };
}

/**
 * Parses the grid into a terrain model with bilinear interpolation between cell centres.
 * Within half a cell of the border the nearest edge cells are used; beyond the grid, or when a
 * neighbour that weighs in is NODATA, the elevation is unknown (null), never invented.
 */
export function parseAsciiGrid(text: string): TerrainModel {
  const tokens = text.matchAll(/\S+/g);
  const fields = new Map<string, number>();
  let next = tokens.next();
  while (!next.done && HEADER_KEYS.has(next.value[0].toLowerCase())) {
    const key = next.value[0].toLowerCase();
    const value = tokens.next();
    const n = value.done ? NaN : Number(value.value[0]);
    if (!Number.isFinite(n)) throw new Error(`ASCII grid: bad value for ${key}`);
    fields.set(key, n);
    next = tokens.next();
  }
  const h = readHeader(fields);

  // Float32 keeps elevations to well under a millimetre at half the memory, which matters for a
  // département-sized grid held by a phone; NaN marks NODATA.
  const values = new Float32Array(h.ncols * h.nrows);
  let count = 0;
  for (; !next.done; next = tokens.next()) {
    if (count === values.length) throw new Error('ASCII grid: more values than ncols × nrows');
    const n = Number(next.value[0]);
    if (!Number.isFinite(n)) throw new Error(`ASCII grid: bad value "${next.value[0]}" at cell ${count}`);
    values[count++] = h.nodata !== null && n === h.nodata ? NaN : n;
  }
  if (count !== values.length) throw new Error(`ASCII grid: ${count} values, expected ${values.length}`);
  return gridModel(h, values);
}

function gridModel(h: Header, values: Float32Array): TerrainModel {
  const { ncols, nrows, x0, y0, cellsize } = h;
  // Value at column c (west → east), row r counted from the south; rows are stored north first.
  const at = (c: number, r: number): number => values[(nrows - 1 - r) * ncols + c] ?? NaN;
  return {
    elevationAt(lat: number, lon: number): number | null {
      // Fractional cell coordinates from the lower-left cell centre.
      const fx = (lon - x0) / cellsize;
      const fy = (lat - y0) / cellsize;
      if (!(fx >= -0.5 && fx <= ncols - 0.5 && fy >= -0.5 && fy <= nrows - 0.5)) return null;
      const cx = Math.min(Math.max(fx, 0), ncols - 1);
      const cy = Math.min(Math.max(fy, 0), nrows - 1);
      const c0 = Math.min(Math.floor(cx), Math.max(ncols - 2, 0));
      const r0 = Math.min(Math.floor(cy), Math.max(nrows - 2, 0));
      const tx = cx - c0;
      const ty = cy - r0;
      let sum = 0;
      // A one-cell-wide grid gives tx or ty = 0, so the missing neighbour weighs nothing.
      const add = (c: number, r: number, w: number): boolean => {
        if (w === 0) return true;
        const v = at(c, r);
        if (Number.isNaN(v)) return false;
        sum += w * v;
        return true;
      };
      const known =
        add(c0, r0, (1 - tx) * (1 - ty)) &&
        add(c0 + 1, r0, tx * (1 - ty)) &&
        add(c0, r0 + 1, (1 - tx) * ty) &&
        add(c0 + 1, r0 + 1, tx * ty);
      if (!known) return null;
      return sum;
    },
  };
}
