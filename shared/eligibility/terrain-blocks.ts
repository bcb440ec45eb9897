// The terrain grid cut into square blocks of cells, so a phone holds only the blocks around its
// zones and a new import costs it only the blocks that changed (contract §4.3). A block travels as
// its cells' Float32 values, little-endian, rows north first: the very numbers the server's grid
// holds, so the phone's line of sight is the server's to the bit.
import { bilinearModel, type GridHeader, type TerrainGrid } from './terrain-grid.ts';
import type { TerrainModel } from './terrain-model.ts';

/** Cells per block side: 64 × 64 × 4 bytes = 16 KB, about 1.6 km of side at 25 m cells. */
export const TERRAIN_BLOCK_CELLS = 64;

export interface BlockKey {
  /** Block column from the west, block row from the north. */
  bc: number;
  br: number;
}

export const blockId = ({ bc, br }: BlockKey): string => `${bc}:${br}`;

/** Width and height (cells) of a block: the last column and row of blocks may be narrower. */
export function blockSize(h: GridHeader, { bc, br }: BlockKey): { w: number; h: number } {
  return {
    w: Math.min(TERRAIN_BLOCK_CELLS, h.ncols - bc * TERRAIN_BLOCK_CELLS),
    h: Math.min(TERRAIN_BLOCK_CELLS, h.nrows - br * TERRAIN_BLOCK_CELLS),
  };
}

/** The block's bytes (Float32 little-endian, north row first). */
export function encodeBlock(grid: TerrainGrid, key: BlockKey): Uint8Array {
  const size = blockSize(grid, key);
  const out = new DataView(new ArrayBuffer(size.w * size.h * 4));
  let i = 0;
  for (let y = 0; y < size.h; y++) {
    const row = key.br * TERRAIN_BLOCK_CELLS + y;
    for (let x = 0; x < size.w; x++) {
      const v = grid.values[row * grid.ncols + key.bc * TERRAIN_BLOCK_CELLS + x] ?? NaN;
      out.setFloat32(i, v, true);
      i += 4;
    }
  }
  return new Uint8Array(out.buffer);
}

export function decodeBlock(bytes: ArrayBuffer | Uint8Array): Float32Array {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const data = new DataView(view.buffer, view.byteOffset, view.byteLength);
  const out = new Float32Array(Math.floor(view.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = data.getFloat32(i * 4, true);
  return out;
}

export interface Extent {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Every block holding a cell that weighs in on an elevation read inside the extent. */
export function blocksCovering(h: GridHeader, e: Extent): BlockKey[] {
  const col = (lon: number): number => (lon - h.x0) / h.cellsize;
  const rowFromNorth = (lat: number): number => h.nrows - 1 - (lat - h.y0) / h.cellsize;
  const clamp = (v: number, max: number): number => Math.min(Math.max(v, 0), max);
  const c0 = clamp(Math.floor(col(e.west)) - 1, h.ncols - 1);
  const c1 = clamp(Math.ceil(col(e.east)) + 1, h.ncols - 1);
  const r0 = clamp(Math.floor(rowFromNorth(e.north)) - 1, h.nrows - 1);
  const r1 = clamp(Math.ceil(rowFromNorth(e.south)) + 1, h.nrows - 1);
  if (
    col(e.east) < -1 ||
    col(e.west) > h.ncols ||
    rowFromNorth(e.south) < -1 ||
    rowFromNorth(e.north) > h.nrows
  ) {
    return [];
  }
  const keys: BlockKey[] = [];
  const n = TERRAIN_BLOCK_CELLS;
  for (let br = Math.floor(r0 / n); br <= Math.floor(r1 / n); br++) {
    for (let bc = Math.floor(c0 / n); bc <= Math.floor(c1 / n); bc++) keys.push({ bc, br });
  }
  return keys;
}

/**
 * The terrain model a phone reads from the blocks it holds (by blockId). A cell in a block it does not
 * hold is unknown, so a point outside its zones gets no line-of-sight judgement rather than a wrong one.
 */
export function blockTerrainModel(h: GridHeader, blocks: ReadonlyMap<string, Float32Array>): TerrainModel {
  const n = TERRAIN_BLOCK_CELLS;
  return bilinearModel(h, (c, r) => {
    const row = h.nrows - 1 - r;
    const bc = Math.floor(c / n);
    const br = Math.floor(row / n);
    const block = blocks.get(`${bc}:${br}`);
    if (!block) return NaN;
    const w = Math.min(n, h.ncols - bc * n);
    return block[(row - br * n) * w + (c - bc * n)] ?? NaN;
  });
}
