import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { callerFor, makeUser } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { Replica } from '../testing/sync-fixtures.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';

const square = (lon: number, lat: number, d: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ] as [number, number][],
  ],
});
// 3 km east of the relay: covered by a sector aimed east, not by one aimed west.
const east = { lat: 47.7, lon: 3.64 };

describe.each(testDatabases)('network inventory on $name', (kind) => {
  let database: Database;
  let admin: SessionUser;
  let tech: SessionUser;
  beforeAll(async () => {
    database = await kind.open();
    admin = await makeUser(database, 'admin');
    tech = await makeUser(database, 'technician');
  });
  afterAll(() => database.close());

  it('a relay inside a drawn zone joins it; the zone’s technician pulls it, and a sector change reaches answers and devices', async () => {
    const api = callerFor(database, admin);
    await api.inventory.saveSite({
      id: 'r1',
      name: 'Clocher de Jussy',
      position: { lat: 47.7, lon: 3.6 },
      accessNotes: 'Clé en mairie, échelle de 6 m',
      power: 'secteur + onduleur',
      notes: null,
    });
    await api.inventory.saveSector({
      id: 'r1-a',
      siteId: 'r1',
      name: 'Est',
      azimuthDeg: 90,
      beamwidthDeg: 90,
      rangeM: 5000,
      full: false,
      frequencyMHz: 5500,
    });
    expect((await callerFor(database).eligibility.check(east)).verdict).toBe('radio');

    await api.inventory.saveZone({ id: 'zj', name: 'Jussy', geometry: square(3.6, 47.7, 0.02) });
    await api.users.assignZones({ id: tech.id, zoneIds: ['zj'] });
    const inv = await api.inventory.get();
    expect(inv.sites.find((s) => s.id === 'r1')).toMatchObject({ zoneId: 'zj', zoneManual: false });
    expect(inv.zones.find((z) => z.id === 'zj')).toMatchObject({ sites: 1, users: 1 });

    const clientId = randomUUID();
    const pull = (cursor: string | null) => callerFor(database, tech).sync.pull({ clientId, cursor });
    const device = await new Replica().follow(pull);
    expect(device.rows.get('sectors:r1-a')).toMatchObject({ azimuthDeg: 90 });

    await api.inventory.saveSector({
      id: 'r1-a',
      siteId: 'r1',
      name: 'Ouest',
      azimuthDeg: 270,
      beamwidthDeg: 90,
      rangeM: 5000,
      full: false,
      frequencyMHz: 5500,
    });
    // The public answer follows at once; the device on its next pull.
    expect((await callerFor(database).eligibility.check(east)).verdict).toBe('none');
    const resetsBefore = device.resets;
    // A pull returns only what every older transaction of the cluster has finished around (the
    // change log's horizon): another suite's open transaction on the same PostgreSQL can hold it back
    // for a moment, and the next pull brings it.
    await vi.waitFor(
      async () => {
        await device.follow(pull);
        expect(device.rows.get('sectors:r1-a')).toMatchObject({ azimuthDeg: 270, name: 'Ouest' });
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(device.resets).toBe(resetsBefore);

    const versions = await api.inventory.audit({ targetTable: 'sectors', targetId: 'r1-a' });
    expect(versions.map((v) => v.action)).toEqual(['network.sectors.update', 'network.sectors.create']);
    expect(versions[0]).toMatchObject({
      actorId: admin.id,
      details: { before: { azimuth_deg: 90 }, after: { azimuth_deg: 270 } },
    });
  });

  it('a planned sector, and any sector of a planned or decommissioned relay, serve no one; devices get status, planned and device model', async () => {
    const api = callerFor(database, admin);
    const site = {
      id: 'r2',
      name: 'Château d’eau',
      position: { lat: 47.9, lon: 3.6 },
      accessNotes: null,
      power: 'solar',
      notes: null,
    };
    const sector = {
      id: 'r2-a',
      siteId: 'r2',
      name: 'Est',
      azimuthDeg: 90,
      beamwidthDeg: 90,
      rangeM: 5000,
      full: false,
      frequencyMHz: 5500,
    };
    const there = { lat: 47.9, lon: 3.64 };
    await api.inventory.saveSite({ ...site, status: 'planned' });
    await api.inventory.saveSector({ ...sector, deviceModel: 'LiteBeam 5AC' });
    expect((await callerFor(database).eligibility.check(there)).verdict).toBe('none');
    await api.inventory.saveSite({ ...site, status: 'active' });
    expect((await callerFor(database).eligibility.check(there)).verdict).toBe('radio');
    await api.inventory.saveSector({ ...sector, deviceModel: 'LiteBeam 5AC', planned: true });
    expect((await callerFor(database).eligibility.check(there)).verdict).toBe('none');
    await api.inventory.saveSector({ ...sector, deviceModel: 'LiteBeam 5AC', planned: false });
    await api.inventory.saveSite({ ...site, status: 'decommissioned' });
    expect((await callerFor(database).eligibility.check(there)).verdict).toBe('none');

    const inv = await api.inventory.get();
    expect(inv.sites.find((s) => s.id === 'r2')).toMatchObject({ status: 'decommissioned', power: 'solar' });
    expect(inv.sectors.find((s) => s.id === 'r2-a')).toMatchObject({
      planned: false,
      deviceModel: 'LiteBeam 5AC',
    });
    const versions = await api.inventory.audit({ targetTable: 'sites', targetId: 'r2' });
    expect(versions[0]).toMatchObject({
      details: { before: { status: 'active' }, after: { status: 'decommissioned' } },
    });
  });

  it('coordinators read the inventory but cannot edit it; bad input changes nothing', async () => {
    const coordinator = await makeUser(database, 'coordinator');
    expect((await callerFor(database, coordinator).inventory.get()).sites.length).toBeGreaterThan(0);
    await expect(callerFor(database, coordinator).inventory.deleteSite({ id: 'r1' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const api = callerFor(database, admin);
    await expect(
      api.inventory.saveSector({
        id: 'r1-a',
        siteId: 'r1',
        name: null,
        azimuthDeg: 400,
        beamwidthDeg: 90,
        rangeM: 5000,
        full: false,
        frequencyMHz: null,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      api.inventory.saveSector({
        id: 'r1-b',
        siteId: 'nowhere',
        name: null,
        azimuthDeg: 10,
        beamwidthDeg: 90,
        rangeM: 5000,
        full: false,
        frequencyMHz: null,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      api.inventory.saveSite({
        id: 'r\u0000',
        name: 'x',
        position: { lat: 1, lon: 1 },
        accessNotes: null,
        power: null,
        notes: null,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const inv = await api.inventory.get();
    const ofR1 = inv.sectors.filter((s) => s.siteId === 'r1');
    expect(ofR1.map((s) => [s.id, s.azimuthDeg])).toEqual([['r1-a', 270]]);
  });

  it('fibre points: a PBO takes its zone from its position, or the zone chosen by hand', async () => {
    const api = callerFor(database, admin);
    await api.inventory.saveFibrePoint({
      id: 'PM-A',
      kind: 'pm',
      name: 'Armoire',
      position: { lat: 47.701, lon: 3.601 },
      capacity: 144,
    });
    await api.inventory.saveFibrePoint({
      id: 'PBO-A',
      kind: 'pbo',
      name: 'Poteau',
      position: { lat: 47.702, lon: 3.602 },
      pmId: 'PM-A',
    });
    await api.inventory.saveZone({ id: 'zo', name: 'Autre', geometry: null });
    await api.inventory.saveFibrePoint({
      id: 'PBO-B',
      kind: 'pbo',
      name: null,
      position: { lat: 47.702, lon: 3.603 },
      pmId: 'PM-A',
      zoneId: 'zo',
    });
    const points = (await api.inventory.get()).fibrePoints;
    expect(points.map((p) => [p.id, p.zoneId, p.zoneManual])).toEqual([
      ['PBO-A', 'zj', false],
      ['PBO-B', 'zo', true],
      ['PM-A', 'zj', false],
    ]);
    await expect(
      api.inventory.saveFibrePoint({ id: 'PBO-C', kind: 'pbo', name: null, position: null, pmId: 'PM-A' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      api.inventory.saveFibrePoint({
        id: 'PBO-C',
        kind: 'pbo',
        name: null,
        position: { lat: 47, lon: 3 },
        pmId: 'PM-404',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('buildings: an admin corrects state, network, address and PM; answers follow, the version is kept', async () => {
    const api = callerFor(database, admin);
    const place = { lat: 47.75, lon: 3.7 };
    await database.db
      .insertInto('buildings')
      .values({
        id: 'IMB/89000/T/0001',
        state: 'deployed',
        network: 'wholesale',
        lat: place.lat,
        lon: place.lon,
        address: '1 rue du Test',
        source: 'test',
      })
      .execute();
    await api.inventory.saveFibrePoint({ id: 'PM-B', kind: 'pm', name: 'Armoire B', position: null });
    expect((await callerFor(database).eligibility.check(place)).verdict).toBe('fibre');

    await api.inventory.saveBuilding({
      id: 'IMB/89000/T/0001',
      state: 'targeted',
      network: 'own',
      address: '1 rue du Test, Jussy',
      pmId: 'PM-B',
    });
    // The public answer follows at once: fibre is only planned there now.
    expect((await callerFor(database).eligibility.check(place)).verdict).not.toBe('fibre');
    const row = await database.db
      .selectFrom('buildings')
      .select(['state', 'network', 'address', 'pm_id'])
      .where('id', '=', 'IMB/89000/T/0001')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      state: 'targeted',
      network: 'own',
      address: '1 rue du Test, Jussy',
      pm_id: 'PM-B',
    });
    const [version] = await api.inventory.audit({ targetTable: 'buildings', targetId: 'IMB/89000/T/0001' });
    expect(version).toMatchObject({
      action: 'network.buildings.update',
      details: { before: { state: 'deployed', pm_id: null }, after: { state: 'targeted', pm_id: 'PM-B' } },
    });

    // Refused, and nothing changes: an unknown building or PM, a NUL in the address, a coordinator.
    const same = {
      id: 'IMB/89000/T/0001',
      state: 'deployed',
      network: 'own',
      address: null,
      pmId: null,
    } as const;
    await expect(api.inventory.saveBuilding({ ...same, id: 'IMB/nowhere' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(api.inventory.saveBuilding({ ...same, pmId: 'PM-nowhere' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.inventory.saveBuilding({ ...same, address: 'a\u0000b' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const coordinator = await makeUser(database, 'coordinator');
    await expect(callerFor(database, coordinator).inventory.saveBuilding(same)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const after = await database.db
      .selectFrom('buildings')
      .select(['state'])
      .where('id', '=', 'IMB/89000/T/0001')
      .executeTakeFirstOrThrow();
    expect(after.state).toBe('targeted');
  });
});
