// ESRI ASCII grid (.asc) in WGS84 degrees, e.g. an IGN RGE ALTI or SRTM extract reprojected to
// EPSG:4326. The header gives the lower-left corner (or centre of the lower-left cell) and a square
// cell size; values follow row by row from the northernmost row.
import { bilinearModel, type GridHeader, type TerrainGrid } from './terrain-grid.ts';
import type { TerrainModel } from './terrain-model.ts';

interface Header extends GridHeader {
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

/** Parses the grid into a terrain model with bilinear interpolation between cell centres. */
export function parseAsciiGrid(text: string): TerrainModel {
  const grid = readAsciiGrid(text);
  return bilinearModel(grid, (c, r) => grid.values[(grid.nrows - 1 - r) * grid.ncols + c] ?? NaN);
}

/** The grid's header and values (north row first, NaN for NODATA). */
export function readAsciiGrid(text: string): TerrainGrid {
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
  const { ncols, nrows, x0, y0, cellsize } = h;
  return { ncols, nrows, x0, y0, cellsize, values };
}
