import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { testDatabases } from '../../testing/databases.ts';
import { demoGeoJsonPath } from '../../demo/seed.ts';
import { importGeoJson } from './geojson.import.ts';

const site = (id: string, sectors: unknown[], lon = 3.585, lat = 47.72) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { kind: 'site', id, name: `Relais ${id}`, sectors },
});
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe.each(testDatabases)('GeoJSON import on $name', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('imports the demo network, and the same file twice changes nothing', async () => {
    const text = readFileSync(demoGeoJsonPath, 'utf8');
    const first = await importGeoJson(database.db, text);
    expect(first.rejected).toEqual([]);
    expect(first.imported).toBeGreaterThan(300);
    const sectorsBefore = await database.db
      .selectFrom('sectors')
      .select(['id', 'updated_at'])
      .orderBy('id')
      .execute();
    const second = await importGeoJson(database.db, text);
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: first.imported, rejected: [] });
    const sectorsAfter = await database.db
      .selectFrom('sectors')
      .select(['id', 'updated_at'])
      .orderBy('id')
      .execute();
    expect(sectorsAfter).toEqual(sectorsBefore);
  });

  it('rejects invalid and unknown features with their index and reason, and still imports the valid ones', async () => {
    const report = await importGeoJson(
      database.db,
      fc([
        site('t-ok', [{ id: 't-ok-n', azimuth: 0, beamwidth: 90, rangeM: 4000 }]),
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [3, 47] },
          properties: { kind: 'tower', id: 'x' },
        },
        site('t-bad', [{ id: 't-bad-n', azimuth: 0, beamwidth: 0, rangeM: 4000 }]),
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [3.58, 47.72] },
          properties: { kind: 'building', id: 'B1', state: 'NIMPORTE' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [3.58, 147.72] },
          properties: { kind: 'building', id: 'B2', state: 'DEPLOYE' },
        },
      ]),
    );
    expect(report.imported).toBe(2); // site + its sector
    expect(report.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4]);
    expect(report.rejected[0]?.reason).toContain('unknown kind "tower"');
    expect(report.rejected[1]?.reason).toContain('beamwidth');
    expect(report.rejected[2]?.reason).toContain('unknown building state');
    const sites = await database.db
      .selectFrom('sites')
      .select('id')
      .where('id', 'in', ['t-ok', 't-bad'])
      .execute();
    expect(sites.map((s) => s.id)).toEqual(['t-ok']);
  });

  it('updates a changed sector and removes one the file no longer lists', async () => {
    await importGeoJson(
      database.db,
      fc([
        site('t-upd', [
          { id: 'u-1', azimuth: 10, beamwidth: 90, rangeM: 4000 },
          { id: 'u-2', azimuth: 200, beamwidth: 90, rangeM: 4000 },
        ]),
      ]),
    );
    const report = await importGeoJson(
      database.db,
      fc([site('t-upd', [{ id: 'u-1', azimuth: 20, beamwidth: 90, rangeM: 4000 }])]),
    );
    expect(report).toMatchObject({ imported: 0, updated: 2 }); // one changed, one removed
    const sectors = await database.db
      .selectFrom('sectors')
      .select(['id', 'azimuth_deg'])
      .where('site_id', '=', 't-upd')
      .execute();
    expect(sectors).toEqual([{ id: 'u-1', azimuth_deg: 20 }]);
  });

  it('refuses a file that is not a FeatureCollection', async () => {
    await expect(importGeoJson(database.db, '{"type":"Feature"}')).rejects.toThrow(/FeatureCollection/);
    await expect(importGeoJson(database.db, 'not json')).rejects.toThrow(/Not valid JSON/);
  });
});
