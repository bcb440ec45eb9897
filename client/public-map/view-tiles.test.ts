import { describe, expect, it } from 'vitest';
import { DETAIL_ZOOM } from '../../shared/schemas/network-view.ts';
import { clearOf, dataZoom, mergeCells, tileCells, tileDots, viewTiles } from './view-tiles.ts';

describe('view tiles', () => {
  it('asks one level above the map, and never beyond the detail level', () => {
    expect(dataZoom(9)).toBe(8);
    expect(dataZoom(9.7)).toBe(8);
    expect(dataZoom(18)).toBe(DETAIL_ZOOM - 1);
    expect(dataZoom(0)).toBe(0);
  });

  it('covers a phone view with a handful of tiles', () => {
    // About a phone at zoom 10 over Auxerre.
    const tiles = viewTiles({ west: 3.4, east: 3.8, south: 47.6, north: 48.0 }, 10);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(9);
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([9]));
  });

  it('decodes dots and cells', () => {
    const tile = { z: 13, x: 4177, y: 2863 };
    const dots = tileDots(tile, { kind: 'points', lat: [10, 20], lon: [30, 40], states: 'dp' });
    expect(dots.map((d) => d.state)).toEqual(['deployed', 'in_progress']);
    expect(dots[1]!.lat - dots[0]!.lat).toBeCloseTo(10e-6, 9);
    expect(tileDots(tile, { kind: 'cells', cells: [] })).toEqual([]);
    expect(tileCells({ kind: 'cells', cells: [[47, 3, 5, 2]] })).toEqual([
      { lat: 47, lon: 3, count: 5, deployed: 2 },
    ]);
  });

  it('merges markers closer than the minimum distance on screen, keeping the counts', () => {
    const project = (lat: number, lon: number) => ({ x: lon * 100, y: -lat * 100 });
    const merged = mergeCells(
      [
        { lat: 0, lon: 0, count: 10, deployed: 5 },
        { lat: 0, lon: 0.2, count: 2, deployed: 0 },
        { lat: 0, lon: 1, count: 3, deployed: 3 },
      ],
      project,
      44,
    );
    expect(merged).toHaveLength(2);
    expect(merged.reduce((s, c) => s + c.count, 0)).toBe(15);
    expect(merged[0]).toMatchObject({ count: 12, deployed: 5 });
    for (const a of merged)
      for (const b of merged)
        if (a !== b)
          expect(Math.hypot(project(a.lat, a.lon).x - project(b.lat, b.lon).x)).toBeGreaterThanOrEqual(44);
  });

  it('moves a count marker off a relay marker, and leaves one already clear where it is', () => {
    const relays = [
      { x: 100, y: 100 },
      { x: 300, y: 100 },
    ];
    const [onTop, near, clear] = clearOf(
      [
        { x: 100, y: 100 },
        { x: 310, y: 100 },
        { x: 200, y: 200 },
      ],
      relays,
      52,
    );
    expect(onTop).toEqual({ x: 100, y: 152 }); // exactly on it: pushed down
    expect(near?.x).toBeCloseTo(352);
    expect(near?.y).toBeCloseTo(100);
    expect(clear).toEqual({ x: 200, y: 200 });
    for (const p of [onTop, near, clear]) {
      for (const r of relays)
        expect(Math.hypot((p?.x ?? 0) - r.x, (p?.y ?? 0) - r.y)).toBeGreaterThanOrEqual(51.99);
    }
  });
});
