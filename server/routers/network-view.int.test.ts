// The public map's view-bounded data and the offline package, on every test database: tiles add up to
// the network, dots are where the buildings are, the offline chunks decode to the same buildings, and
// hostile input is refused without a 500.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { callerFor, testEnv } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { DEPLOYED_BUILDING, loadJussyNetwork } from '../testing/fixtures/load.ts';
import { decodeBuildings } from '../../shared/eligibility/package-codec.ts';
import { lonToTileX, latToTileY, tileBounds } from '../../shared/map/tiles.ts';
import { DETAIL_ZOOM } from '../../shared/schemas/network-view.ts';

describe.each(testDatabases)('network outline, tiles and offline package on $name', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await kind.open();
    await loadJussyNetwork(database);
    app = await buildApp(database, testEnv);
  });
  afterAll(async () => {
    await app?.close();
    await database.close();
  });
  const api = () => callerFor(database, null, '10.9.0.1').network;

  it('outlines the network without its buildings, with their count and bounds', async () => {
    const outline = await api().outline();
    const coverage = await api().coverage();
    const shown = coverage.buildings.filter((b) => b.state !== 'abandoned');
    expect(outline.buildingCount).toBe(shown.length);
    expect(outline.buildingCount).toBeGreaterThan(0);
    expect(outline.sites).toEqual(coverage.sites);
    expect(outline.sectors).toEqual(coverage.sectors);
    expect(outline.bounds?.south).toBeLessThanOrEqual(DEPLOYED_BUILDING.lat);
    expect(outline.bounds?.north).toBeGreaterThanOrEqual(DEPLOYED_BUILDING.lat);
    expect(JSON.stringify(outline)).not.toContain('"buildings"');
  });

  it('counts every shown building once in the cells of a zoomed-out tile', async () => {
    const outline = await api().outline();
    const z = 6;
    const x = Math.floor(lonToTileX(DEPLOYED_BUILDING.lon, z));
    const y = Math.floor(latToTileY(DEPLOYED_BUILDING.lat, z));
    const tile = await api().tile({ v: outline.version, z, x, y });
    if (tile.kind !== 'cells') throw new Error('expected cells');
    expect(tile.cells.reduce((sum, c) => sum + c[2], 0)).toBe(outline.buildingCount);
    for (const [, , count, deployed] of tile.cells) expect(deployed).toBeLessThanOrEqual(count);
  });

  it('sends close-up tiles as dots at the buildings, states as letters', async () => {
    const outline = await api().outline();
    const z = DETAIL_ZOOM - 1;
    const x = Math.floor(lonToTileX(DEPLOYED_BUILDING.lon, z));
    const y = Math.floor(latToTileY(DEPLOYED_BUILDING.lat, z));
    const tile = await api().tile({ v: outline.version, z, x, y });
    if (tile.kind !== 'points') throw new Error('expected points');
    const { west, south } = tileBounds(z, x, y);
    const dots = tile.lat.map((lat, i) => ({ lat: south + lat / 1e6, lon: west + (tile.lon[i] ?? 0) / 1e6 }));
    expect(tile.states).toMatch(/^[dpt]+$/);
    expect(tile.states).toHaveLength(dots.length);
    const near = dots.find(
      (d) => Math.abs(d.lat - DEPLOYED_BUILDING.lat) < 2e-4 && Math.abs(d.lon - DEPLOYED_BUILDING.lon) < 3e-4,
    );
    expect(near).toBeDefined();
    // A tile elsewhere is empty, and one beyond the world's edge too.
    expect(await api().tile({ v: outline.version, z, x: x + 40, y })).toEqual({
      kind: 'points',
      lat: [],
      lon: [],
      states: '',
    });
    expect(await api().tile({ v: outline.version, z: 2, x: 9, y: 0 })).toEqual({ kind: 'cells', cells: [] });
  });

  it('refuses hostile tile input with BAD_REQUEST', async () => {
    for (const input of [
      { v: 'x', z: DETAIL_ZOOM, x: 0, y: 0 },
      { v: 'x', z: -1, x: 0, y: 0 },
      { v: 'x', z: 3, x: 1.5, y: 0 },
      { v: '', z: 3, x: 1, y: 0 },
      { v: 'x'.repeat(65), z: 3, x: 1, y: 0 },
      { v: 'x', z: 3, x: -1, y: 0 },
    ]) {
      await expect(api().tile(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
  });

  it('serves an offline package whose chunks decode to the network buildings', async () => {
    const manifest = await api().offlineManifest();
    const coverage = await api().coverage();
    expect(manifest.chunks.reduce((s, c) => s + c.buildings, 0)).toBe(coverage.buildings.length);
    expect(manifest.totalBytes).toBe(manifest.chunks.reduce((s, c) => s + c.bytes, 0));
    const decoded = [];
    for (const chunk of manifest.chunks) {
      const res = await app.inject({ method: 'GET', url: `/offline/chunk/${chunk.key}/${chunk.hash}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toContain('immutable');
      decoded.push(...decodeBuildings(new Uint8Array(res.rawPayload), `${chunk.key}:`));
    }
    const key = (b: { lat: number; lon: number; state: string }) =>
      `${b.lat.toFixed(6)},${b.lon.toFixed(6)},${b.state}`;
    expect(decoded.map(key).sort()).toEqual(
      coverage.buildings
        .map((b) => ({ ...b, lat: Math.round(b.lat * 1e6) / 1e6, lon: Math.round(b.lon * 1e6) / 1e6 }))
        .map(key)
        .sort(),
    );
  });

  it('answers 404 for an unknown or stale chunk and 400 for a malformed one', async () => {
    const manifest = await api().offlineManifest();
    const chunk = manifest.chunks[0];
    if (!chunk) throw new Error('no chunk');
    const stale = await app.inject({ method: 'GET', url: `/offline/chunk/${chunk.key}/AAAA` });
    expect(stale.statusCode).toBe(404);
    for (const url of [
      '/offline/chunk/..%2F..%2Fetc/x',
      `/offline/chunk/${chunk.key}/${'%00'}`,
      '/offline/chunk/1-2/x',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect([400, 404]).toContain(res.statusCode);
      expect(res.statusCode).not.toBe(500);
    }
    const malformed = await app.inject({ method: 'GET', url: '/offline/chunk/abc/def' });
    expect(malformed.statusCode).toBe(400);
  });
});
