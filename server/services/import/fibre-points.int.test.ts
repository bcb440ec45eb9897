import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { giveZones, Replica } from '../../testing/sync-fixtures.ts';
import { importGeoJson } from './geojson.import.ts';
import { importIpe } from './ipe.import.ts';

const fixtures = join(import.meta.dirname, '../../testing/fixtures');
const point = (kind: string, id: string, lon: number, lat: number, extra: object = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { kind, id, ...extra },
});
const square = (id: string, lon: number, lat: number, d = 0.01) => ({
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon - d, lat - d],
        [lon + d, lat - d],
        [lon + d, lat + d],
        [lon - d, lat + d],
        [lon - d, lat - d],
      ],
    ],
  },
  properties: { kind: 'zone', id, name: `Zone ${id}` },
});
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

const network = fc([
  square('zone-n', 3.6, 47.7),
  square('zone-s', 3.6, 47.6),
  point('pm', 'PM-1', 3.601, 47.701, { name: 'Armoire de la mairie', capacity: 288 }),
  point('pbo', 'PBO-1', 3.602, 47.702, { pm: 'PM-1', name: 'Poteau rue des Caves' }),
  point('pbo', 'PBO-2', 3.601, 47.601, { pm: 'PM-1' }),
  point('pbo', 'PBO-X', 3.603, 47.703, { pm: 'PM-404' }),
  point('pm', 'PM-1', 3.6, 47.7),
  point('pm', 'PM-BAD', 3.6, 47.7, { capacity: -3 }),
  point('building', 'IMB/1', 3.6015, 47.7015, { state: 'DEPLOYE', pm: 'PM-1' }),
]);

describe.each(testDatabases)('fibre points on $name', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(() => database.close());

  it('imports PM and PBO from GeoJSON, zones them by position, links buildings, rejects the bad ones', async () => {
    const report = await importGeoJson(database.db, network);
    expect(report.rejected).toEqual([
      { index: 6, reason: 'duplicate pm id "PM-1" (feature 2)' },
      { index: 7, reason: expect.stringContaining('capacity') },
      { index: 5, reason: 'unknown pm "PM-404"' },
    ]);
    const points = await database.db
      .selectFrom('fibre_points')
      .select(['id', 'kind', 'name', 'capacity', 'pm_id', 'zone_id'])
      .orderBy('id')
      .execute();
    expect(points).toEqual([
      {
        id: 'PBO-1',
        kind: 'pbo',
        name: 'Poteau rue des Caves',
        capacity: null,
        pm_id: 'PM-1',
        zone_id: 'zone-n',
      },
      { id: 'PBO-2', kind: 'pbo', name: null, capacity: null, pm_id: 'PM-1', zone_id: 'zone-s' },
      { id: 'PM-1', kind: 'pm', name: 'Armoire de la mairie', capacity: 288, pm_id: null, zone_id: 'zone-n' },
    ]);
    const building = await database.db
      .selectFrom('buildings')
      .select(['pm_id', 'zone_id'])
      .where('id', '=', 'IMB/1')
      .executeTakeFirstOrThrow();
    expect(building).toEqual({ pm_id: 'PM-1', zone_id: 'zone-n' });
    // Idempotent: the same file again writes nothing.
    const again = await importGeoJson(database.db, network);
    expect(again).toMatchObject({ imported: 0, updated: 0 });
  });

  it('a technician of one zone pulls its fibre points and no other zone’s', async () => {
    const tech = await makeUser(database, 'technician');
    await giveZones(database, tech.id, ['zone-n']);
    const clientId = randomUUID();
    const device = await new Replica().follow((cursor) =>
      callerFor(database, tech).sync.pull({ clientId, cursor }),
    );
    expect(device.keys('fibre_points')).toEqual(['fibre_points:PBO-1', 'fibre_points:PM-1']);
    expect(device.rows.get('fibre_points:PBO-1')).toMatchObject({
      kind: 'pbo',
      pmId: 'PM-1',
      position: { lat: 47.702, lon: 3.602 },
      zoneId: 'zone-n',
    });
    expect(device.rows.get('buildings:IMB/1')).toMatchObject({ pmId: 'PM-1' });
  });

  it('an intervention may cite a PBO (fibreNodeId) and lands in its zone', async () => {
    const tech = await makeUser(database, 'technician');
    const result = await callerFor(database, tech).sync.push({
      clientId: randomUUID(),
      schemaVersion: 1,
      appVersion: 't',
      mutations: [
        {
          id: 1,
          name: 'intervention.create',
          args: {
            id: randomUUID(),
            kind: 'fibre_splice',
            summary: 'Soudure au PBO',
            startedAt: '2026-12-01T10:00:00Z',
            fibreNodeId: 'PBO-2',
          },
        },
        {
          id: 2,
          name: 'intervention.create',
          args: {
            id: randomUUID(),
            kind: 'fibre_splice',
            summary: 'PBO inconnu',
            startedAt: '2026-12-01T10:00:00Z',
            fibreNodeId: 'PBO-404',
          },
        },
      ],
    });
    expect(result.results.map((r) => [r.status, r.code])).toEqual([
      ['applied', undefined],
      ['rejected', 'UNKNOWN_REFERENCE'],
    ]);
    const row = await database.db
      .selectFrom('interventions')
      .select(['fibre_node_id', 'zone_id'])
      .where('technician_id', '=', tech.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ fibre_node_id: 'PBO-2', zone_id: 'zone-s' });
  });

  it('an IPE file creates its PMs (without position) and links its buildings, chunk by chunk', async () => {
    const progress: number[] = [];
    const report = await importIpe(
      database.db,
      readFileSync(join(fixtures, 'ipe-saint-bris-utf8-wgs84.csv')),
      (p) => progress.push(p.done),
    );
    expect(report.rejected.length).toBeLessThan(report.imported);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBeGreaterThan(0);
    const pm = await database.db
      .selectFrom('fibre_points')
      .selectAll()
      .where('id', '=', 'PM-89530-01')
      .executeTakeFirstOrThrow();
    expect(pm).toMatchObject({
      kind: 'pm',
      lat: null,
      lon: null,
      pm_state: 'DEPLOYE',
      location_type: 'PME-Armoire de rue',
    });
    const linked = await database.db
      .selectFrom('buildings')
      .select('id')
      .where('pm_id', '=', 'PM-89530-01')
      .execute();
    expect(linked.length).toBeGreaterThan(0);
    // A second run changes nothing.
    const again = await importIpe(database.db, readFileSync(join(fixtures, 'ipe-saint-bris-utf8-wgs84.csv')));
    expect(again).toMatchObject({ imported: 0, updated: 0 });
  });
});
