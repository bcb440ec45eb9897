import { describe, expect, it } from 'vitest';
import { parseAsciiGrid, readAsciiGrid } from './ascii-grid.ts';
import {
  blockId,
  blocksCovering,
  blockTerrainModel,
  decodeBlock,
  encodeBlock,
  TERRAIN_BLOCK_CELLS,
  type BlockKey,
} from './terrain-blocks.ts';

// 150 × 100 cells of 0.001° from (3.0, 47.0): 3 × 2 blocks, the last column and row narrower.
function gridText(): string {
  const rows: string[] = [];
  for (let r = 0; r < 100; r++) {
    rows.push(Array.from({ length: 150 }, (_, c) => ((r * 7 + c * 13) % 97) + 0.25 * (c % 4)).join(' '));
  }
  rows[10] = rows[10]!.replace(/^\S+/, '-9999');
  return `ncols 150\nnrows 100\nxllcorner 3.0\nyllcorner 47.0\ncellsize 0.001\nNODATA_value -9999\n${rows.join('\n')}\n`;
}

describe('terrain blocks', () => {
  const grid = readAsciiGrid(gridText());
  const whole = parseAsciiGrid(gridText());
  const all: BlockKey[] = blocksCovering(grid, { south: 46, west: 2, north: 48, east: 4 });

  it('cuts the grid into 64-cell blocks, edge blocks narrower', () => {
    expect(TERRAIN_BLOCK_CELLS).toBe(64);
    expect(all.map(blockId)).toEqual(['0:0', '1:0', '2:0', '0:1', '1:1', '2:1']);
    expect(encodeBlock(grid, { bc: 0, br: 0 }).byteLength).toBe(64 * 64 * 4);
    expect(encodeBlock(grid, { bc: 2, br: 1 }).byteLength).toBe(22 * 36 * 4);
  });

  it('reads from the blocks exactly what the whole grid reads, NODATA included', () => {
    const blocks = new Map(all.map((k) => [blockId(k), decodeBlock(encodeBlock(grid, k))]));
    const model = blockTerrainModel(grid, blocks);
    for (let i = 0; i < 500; i++) {
      const lat = 46.999 + ((i * 37) % 1000) * 0.0001;
      const lon = 2.999 + ((i * 53) % 1500) * 0.0001;
      expect(model.elevationAt(lat, lon)).toBe(whole.elevationAt(lat, lon));
    }
    expect(model.elevationAt(47.0895, 3.0005)).toBeNull();
  });

  it('a block the phone does not hold reads as unknown, not as flat ground', () => {
    const blocks = new Map([['0:0', decodeBlock(encodeBlock(grid, { bc: 0, br: 0 }))]]);
    const model = blockTerrainModel(grid, blocks);
    expect(model.elevationAt(47.09, 3.01)).toBe(whole.elevationAt(47.09, 3.01));
    expect(model.elevationAt(47.01, 3.14)).toBeNull();
  });

  it('picks only the blocks around an extent, and none far away', () => {
    const few = blocksCovering(grid, { south: 47.08, west: 3.01, north: 47.09, east: 3.02 });
    expect(few.map(blockId)).toEqual(['0:0']);
    expect(blocksCovering(grid, { south: 40, west: 1, north: 41, east: 2 })).toEqual([]);
  });
});
