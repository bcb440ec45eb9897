import { describe, expect, it } from 'vitest';
import {
  BYTES_PER_TILE,
  MAX_TILES,
  countTiles,
  lonLatToTile,
  planDownload,
  tileUrl,
  tilesInBBox,
  type BBox,
} from './tiles.ts';

// Around Jussy (Yonne), a few streets.
const jussy: BBox = { west: 3.57, south: 47.715, east: 3.6, north: 47.73 };

describe('lonLatToTile', () => {
  it('numbers tiles from the north-west corner of the world', () => {
    expect(lonLatToTile(0, 0, 1)).toEqual({ z: 1, x: 1, y: 1 });
    expect(lonLatToTile(-180, 85, 2)).toEqual({ z: 2, x: 0, y: 0 });
    expect(lonLatToTile(179.99, -85, 2)).toEqual({ z: 2, x: 3, y: 3 });
  });

  it('matches the well-known tile of Paris at zoom 10', () => {
    expect(lonLatToTile(2.3522, 48.8566, 10)).toEqual({ z: 10, x: 518, y: 352 });
  });

  it('clamps the poles and the antimeridian into the grid', () => {
    expect(lonLatToTile(180, 90, 3)).toEqual({ z: 3, x: 7, y: 0 });
    expect(lonLatToTile(-180, -90, 3)).toEqual({ z: 3, x: 0, y: 7 });
  });
});

describe('tilesInBBox', () => {
  it('lists every tile of the range, lowest zoom first, and agrees with countTiles', () => {
    const tiles = tilesInBBox(jussy, 12, 15);
    expect(tiles).toHaveLength(countTiles(jussy, 12, 15));
    expect(tiles[0]?.z).toBe(12);
    expect(tiles.at(-1)?.z).toBe(15);
    expect(new Set(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(tiles.length);
    // Each zoom level covers the corners of the box.
    for (const z of [12, 13, 14, 15]) {
      const nw = lonLatToTile(jussy.west, jussy.north, z);
      const se = lonLatToTile(jussy.east, jussy.south, z);
      expect(tiles).toContainEqual(nw);
      expect(tiles).toContainEqual(se);
    }
  });

  it('gives one tile for a point-sized box', () => {
    const p = { west: 3.58, east: 3.58, south: 47.72, north: 47.72 };
    expect(tilesInBBox(p, 14, 14)).toEqual([lonLatToTile(3.58, 47.72, 14)]);
  });
});

describe('tileUrl', () => {
  it('fills a {z}/{x}/{y} path', () => {
    expect(tileUrl('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png', { z: 5, x: 16, y: 11 })).toBe(
      'http://127.0.0.1:8080/tiles/5/16/11.png',
    );
  });

  it('fills the WMTS TILEMATRIX/TILEROW/TILECOL query the app configures for Plan IGN', () => {
    const template =
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&TILEMATRIXSET=PM&FORMAT=image/png&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';
    expect(tileUrl(template, { z: 14, x: 8354, y: 5777 })).toMatch(
      /TILEMATRIX=14&TILEROW=5777&TILECOL=8354$/,
    );
  });

  it("picks {s} the way Leaflet does, so the service worker's cache key is the same", () => {
    expect(tileUrl('https://{s}.tile.example/{z}/{x}/{y}.png', { z: 1, x: 0, y: 1 })).toBe(
      'https://b.tile.example/1/0/1.png',
    );
  });
});

describe('planDownload', () => {
  it('shows count and estimated size before starting', () => {
    const plan = planDownload(jussy, 12, 14);
    expect(plan).toEqual({
      ok: true,
      minZoom: 12,
      maxZoom: 14,
      tiles: countTiles(jussy, 12, 14),
      bytes: countTiles(jussy, 12, 14) * BYTES_PER_TILE,
    });
  });

  it('refuses more than the cap', () => {
    const yonne: BBox = { west: 2.8, south: 47.3, east: 4.3, north: 48.4 };
    const plan = planDownload(yonne, 9, 15);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.reason).toBe('tooMany');
      expect(plan.tiles).toBeGreaterThan(MAX_TILES);
    }
  });

  it('refuses zoom levels past 17', () => {
    expect(planDownload(jussy, 16, 18)).toMatchObject({ ok: false, reason: 'zoomTooHigh' });
  });
});
