// A terrain grid in WGS84 degrees, and the bilinear reading both the server (whole grid) and the phone
// (the blocks of its zones, terrain-blocks.ts) make of it: same cells, same arithmetic, same verdict.
import type { TerrainModel } from './terrain-model.ts';

export interface GridHeader {
  ncols: number;
  nrows: number;
  /** Centre of the lower-left cell (degrees). */
  x0: number;
  y0: number;
  /** Square cell size (degrees). */
  cellsize: number;
}

/** Values row by row from the northernmost row, NaN where unknown (NODATA). */
export interface TerrainGrid extends GridHeader {
  values: Float32Array;
}

/**
 * Bilinear interpolation between cell centres, `at(c, r)` giving column c (west → east) and row r
 * counted from the south (NaN when unknown). Within half a cell of the border the nearest edge cells
 * are used; beyond the grid, or when a neighbour that weighs in is unknown, the elevation is null,
 * never invented.
 */
export function bilinearModel(h: GridHeader, at: (c: number, r: number) => number): TerrainModel {
  const { ncols, nrows, x0, y0, cellsize } = h;
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
      return known ? sum : null;
    },
  };
}
