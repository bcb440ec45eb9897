import { describe, expect, it } from 'vitest';
import { parseAsciiGrid } from './ascii-grid.ts';
import { createEligibilityIndex } from './engine.ts';
import { at, coverage, JUSSY, sector } from './testing/fixtures.ts';

// Cell centres: lon 3.05, 3.15, 3.25; lat 47.15 (first row, north) and 47.05 (south).
const GRID = `ncols        3
nrows        2
xllcorner    3.0
yllcorner    47.0
cellsize     0.1
NODATA_value -9999
10 20 30
40 50 60
`;

describe('parseAsciiGrid', () => {
  const grid = parseAsciiGrid(GRID);

  it('reads cell centres, the first row being the northernmost', () => {
    expect(grid.elevationAt(47.15, 3.05)).toBeCloseTo(10, 9);
    expect(grid.elevationAt(47.05, 3.05)).toBeCloseTo(40, 9);
    expect(grid.elevationAt(47.05, 3.25)).toBeCloseTo(60, 9);
  });

  it('interpolates bilinearly between centres', () => {
    expect(grid.elevationAt(47.1, 3.1)).toBeCloseTo(30, 9);
    expect(grid.elevationAt(47.05, 3.1)).toBeCloseTo(45, 9);
    expect(grid.elevationAt(47.125, 3.2)).toBeCloseTo(0.75 * 25 + 0.25 * 55, 9);
  });

  it('uses the edge cells up to the grid border and knows nothing beyond', () => {
    expect(grid.elevationAt(47.01, 3.01)).toBeCloseTo(40, 9);
    expect(grid.elevationAt(46.99, 3.05)).toBeNull();
    expect(grid.elevationAt(47.05, 3.31)).toBeNull();
    expect(grid.elevationAt(47.21, 3.05)).toBeNull();
  });

  it('returns null where a weighing neighbour is NODATA', () => {
    const holed = parseAsciiGrid(GRID.replace('10 20 30', '10 -9999 30'));
    expect(holed.elevationAt(47.15, 3.15)).toBeNull();
    expect(holed.elevationAt(47.1, 3.1)).toBeNull();
    expect(holed.elevationAt(47.15, 3.05)).toBeCloseTo(10, 9);
    expect(holed.elevationAt(47.05, 3.1)).toBeCloseTo(45, 9);
  });

  it('accepts cell-centre headers, any key case and values on one line', () => {
    const g = parseAsciiGrid('NCOLS 2\nNROWS 2\nXLLCENTER 3.05\nYLLCENTER 47.05\nCELLSIZE 0.1\n1 2 3 4');
    expect(g.elevationAt(47.15, 3.05)).toBe(1);
    expect(g.elevationAt(47.05, 3.15)).toBe(4);
  });

  it.each([
    ['a missing header', GRID.replace(/cellsize.*\n/, '')],
    ['too few values', GRID.replace('40 50 60', '40 50')],
    ['too many values', `${GRID}70`],
    ['a non-numeric value', GRID.replace('50', 'x')],
    ['a bad row count', GRID.replace('nrows        2', 'nrows        1.5')],
  ])('rejects %s', (_, text) => {
    expect(() => parseAsciiGrid(text)).toThrow(/ASCII grid/);
  });

  it('feeds the line-of-sight check: a ridge in the grid blocks the sector', () => {
    // 0.01° cells over Jussy: plain at 180 m with a 260 m ridge along the row 5 km south.
    const rows = Array.from({ length: 20 }, (_, r) =>
      Array(20)
        .fill(r === 10 ? 260 : 180)
        .join(' '),
    );
    const header = `ncols 20\nnrows 20\nxllcorner 3.47\nyllcorner ${47.7144 - 0.14}\ncellsize 0.01\n`;
    const terrain = parseAsciiGrid(header + rows.join('\n'));
    const site = { ...JUSSY, groundAltitudeM: 180, mastHeightM: 25 };
    const index = createEligibilityIndex(
      coverage({ sites: [site], sectors: [sector({ id: 's', azimuthDeg: 180, rangeM: 8000 })] }),
      { terrain },
    );
    expect(index.check(at(JUSSY, 180, 1500))).toMatchObject({ verdict: 'radio', excluded: [] });
    expect(index.check(at(JUSSY, 180, 6000))).toMatchObject({
      verdict: 'none',
      excluded: [{ sectorId: 's' }],
    });
  });
});
