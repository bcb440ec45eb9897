import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEligibilityIndex } from '../../../shared/eligibility/engine.ts';
import { direct } from '../../../shared/eligibility/geo.ts';
import { readAsciiGrid } from '../../../shared/eligibility/ascii-grid.ts';
import { blockId, blocksCovering, encodeBlock } from '../../../shared/eligibility/terrain-blocks.ts';
import type { TerrainManifest } from '../../../shared/schemas/terrain.ts';
import { freshDevice } from '../../sync/testing/fixtures.ts';
import { toDeviceNetwork } from './device-network.ts';
import { freeSpaceLossDb, signedOffset, technicianCheck } from './tech-check.ts';
import { downloadTerrain, heldHashes, loadTerrainModel, planTerrain } from './terrain-store.ts';

const SITE = { lat: 47.7, lon: 3.6 };
const stamp = '2026-12-01T00:00:00Z';
const net = toDeviceNetwork(
  {
    sites: [
      {
        id: 'site-a',
        zoneId: 'z',
        name: 'Jussy',
        position: SITE,
        support: null,
        host: null,
        accessNotes: null,
        groundAltitudeM: 150,
        mastHeightM: 20,
        backhaul: null,
        power: null,
        notes: null,
        status: 'active',
        updatedAt: stamp,
      },
    ],
    sectors: [
      {
        id: 'sec-s',
        siteId: 'site-a',
        name: null,
        azimuthDeg: 180,
        beamwidthDeg: 90,
        rangeM: 8000,
        full: false,
        frequencyMHz: 5500,
        channelWidthMHz: null,
        tiltDeg: null,
        gainDbi: null,
        ssid: null,
        stations: null,
        deviceModel: null,
        planned: false,
        updatedAt: stamp,
      },
    ],
    buildings: [],
    fibreZones: [],
    fibrePoints: [],
  },
  stamp,
);

// A 300 × 300 grid of 0.0005° cells south of the relay: flat at 150 m but for a 60 m ridge 2 km south.
function gridText(): string {
  const crest = direct(SITE.lat, SITE.lon, 180, 2000).lat;
  const rows: string[] = [];
  for (let r = 0; r < 300; r++) {
    const lat = 47.7025 - r * 0.0005;
    const v = Math.abs(lat - crest) < 0.0006 ? 210 : 150;
    rows.push(Array.from({ length: 300 }, () => v).join(' '));
  }
  return `ncols 300\nnrows 300\nxllcorner 3.525\nyllcorner 47.5525\ncellsize 0.0005\n${rows.join('\n')}\n`;
}

describe('the technician’s check on device data', () => {
  it('free-space loss and azimuth offset', () => {
    expect(freeSpaceLossDb(5000, 5500)).toBeCloseTo(121.23, 2);
    expect(signedOffset(350, 10)).toBe(20);
    expect(signedOffset(10, 350)).toBe(-20);
  });

  it('reads terrain blocks into the device database by difference and judges the path with them', async () => {
    const { db } = await freshDevice();
    const grid = readAsciiGrid(gridText());
    const keys = blocksCovering(grid, { south: 40, west: 0, north: 50, east: 10 });
    const blocks = keys.map((k) => ({
      id: blockId(k),
      hash: blockId(k).replace(':', 'x').padEnd(64, '0'),
      bytes: encodeBlock(grid, k),
    }));
    const manifest: TerrainManifest = {
      modelHash: 'm1',
      header: { ncols: 300, nrows: 300, x0: grid.x0, y0: grid.y0, cellsize: grid.cellsize },
      blocks: blocks.map((b) => ({ id: b.id, hash: b.hash, bytes: b.bytes.byteLength })),
      totalBytes: blocks.reduce((s, b) => s + b.bytes.byteLength, 0),
    };
    expect((await planTerrain(db, manifest)).missingBytes).toBe(manifest.totalBytes);
    const fetched: string[] = [];
    const fetchBlock = async (hash: string) => {
      fetched.push(hash);
      const b = blocks.find((x) => x.hash === hash);
      if (!b) throw new Error('unknown');
      return b.bytes.slice().buffer;
    };
    await downloadTerrain(db, manifest, fetchBlock);
    expect(fetched).toHaveLength(blocks.length);
    expect(await planTerrain(db, manifest)).toMatchObject({ missing: [], upToDate: true });

    // A new model changing one block: only that block travels, and the old one is dropped.
    const changed = {
      ...manifest,
      modelHash: 'm2',
      blocks: manifest.blocks.map((b, i) => (i === 0 ? { ...b, hash: 'f'.repeat(64) } : b)),
    };
    blocks.push({ ...blocks[0]!, hash: 'f'.repeat(64) });
    fetched.length = 0;
    await downloadTerrain(db, changed, fetchBlock);
    expect(fetched).toEqual(['f'.repeat(64)]);
    expect((await heldHashes(db)).size).toBe(manifest.blocks.length);

    const terrain = await loadTerrainModel(db);
    const index = createEligibilityIndex(net.coverage, { terrain });
    const behind = direct(SITE.lat, SITE.lon, 180, 4000);
    const check = technicianCheck(net, index, terrain, behind, {
      receiverHeightM: 4,
      eirpDbm: 30,
      cpeGainDbi: 23,
    });
    expect(check.result.verdict).toBe('none');
    expect(check.radio).toHaveLength(1);
    expect(check.radio[0]).toMatchObject({
      excluded: true,
      offsetDeg: expect.closeTo(0, 3),
      profile: { status: 'blocked' },
    });
    expect(check.radio[0]?.estimate?.receivedDbm).toBeCloseTo(30 + 23 - freeSpaceLossDb(4000, 5500), 6);

    const near = direct(SITE.lat, SITE.lon, 200, 1500);
    const clear = technicianCheck(net, index, terrain, near, {
      receiverHeightM: 4,
      eirpDbm: null,
      cpeGainDbi: null,
    });
    expect(clear.result.verdict).toBe('radio');
    expect(clear.radio[0]).toMatchObject({ excluded: false, profile: { status: 'clear' }, estimate: null });
    expect(clear.radio[0]?.offsetDeg).toBeCloseTo(20, 1);
  });
});
