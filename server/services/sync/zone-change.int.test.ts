// A technician's zones change: the device receives the new zones' rows and drops the old ones' on its
// next pull, without starting over and without the kept zones travelling again — and ends up holding
// exactly what a fresh device with the new zones holds.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { giveZones, interventionArgs, numbered, Replica, seedTwoZones } from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import { pullChanges, type PullLimits } from './pull.ts';

const roomy: PullLimits = { pageSize: 1000, maxBytes: 1_000_000 };

for (const kind of testDatabases) {
  describe(`zone change on ${kind.name}`, () => {
    let database: Database;
    const pull =
      (user: SessionUser, clientId: string, limits: PullLimits = roomy) =>
      (cursor: string | null) =>
        pullChanges(database.db, user, { clientId, cursor }, limits);
    /** What a brand-new device of this user holds now. */
    const fresh = async (user: SessionUser) => (await new Replica().follow(pull(user, randomUUID()))).rows;

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      // A third zone, kept through every change below.
      await database.db.insertInto('zones').values({ id: 'zone-c', name: 'C' }).execute();
      await database.db
        .insertInto('sites')
        .values({ id: 'site-c', zone_id: 'zone-c', name: 'Relais C', lat: 47.9, lon: 3.4 })
        .execute();
    });
    afterAll(() => database.close());

    it('sends only the difference: new zones in, dropped zones out (own records kept), kept zones not again', async () => {
      const user = await makeUser(database, 'technician');
      await giveZones(database, user.id, ['zone-a', 'zone-c']);
      const clientId = randomUUID();
      // The user's own intervention at relay A stays on the phone when zone A goes.
      const own = interventionArgs();
      await callerFor(database, user).sync.push({
        clientId,
        schemaVersion: 1,
        appVersion: 't',
        mutations: numbered(1, [{ name: 'intervention.create', args: own }]),
      });
      const device = await new Replica().follow(pull(user, clientId));
      expect(device.keys('sites')).toEqual(['sites:site-a', 'sites:site-c']);

      await giveZones(database, user.id, ['zone-b', 'zone-c']);
      const page = await pull(user, clientId)(device.cursor);
      expect(page.reset).toBe(false);
      const sent = page.changes.map((c) => `${c.op} ${c.table}:${c.id}`).sort();
      expect(sent).toEqual([
        'del buildings:bat-a',
        'del sectors:sec-a1',
        'del sites:site-a',
        'del zones:zone-a',
        'put buildings:bat-b',
        'put sectors:sec-b1',
        'put sites:site-b',
        'put zones:zone-b',
      ]);
      device.apply(page);
      const resets = device.resets;
      await device.follow(pull(user, clientId));
      expect(device.resets).toBe(resets);
      expect(device.keys('sites')).toEqual(['sites:site-b', 'sites:site-c']);
      expect(device.keys('interventions')).toEqual([`interventions:${String(own.id)}`]);
      expect(device.rows).toEqual(await fresh(user));
    });

    it('pages through a large difference and catches changes made meanwhile', async () => {
      const user = await makeUser(database, 'technician');
      await giveZones(database, user.id, ['zone-c']);
      const clientId = randomUUID();
      const tiny = { pageSize: 2, maxBytes: 1_000_000 };
      const device = await new Replica().follow(pull(user, clientId, tiny));

      await giveZones(database, user.id, ['zone-a', 'zone-b']);
      // After the device's position: a relay of a new zone is renamed, and a building of a new zone
      // moves into the dropped zone C (the phone must not keep it).
      await database.db
        .updateTable('sites')
        .set({ name: 'Relais B bis' })
        .where('id', '=', 'site-b')
        .execute();
      await database.db
        .updateTable('buildings')
        .set({ zone_id: 'zone-c' })
        .where('id', '=', 'bat-b')
        .execute();
      await device.follow(pull(user, clientId, tiny));
      expect(device.resets).toBe(1);
      expect(device.rows).toEqual(await fresh(user));
      expect(device.keys('sites')).toEqual(['sites:site-a', 'sites:site-b']);
      await database.db
        .updateTable('buildings')
        .set({ zone_id: 'zone-b' })
        .where('id', '=', 'bat-b')
        .execute();
      await database.db.updateTable('sites').set({ name: 'Relais B' }).where('id', '=', 'site-b').execute();
    });

    it('starts over when the server cannot send a difference: no record, or zones changing mid-way', async () => {
      const user = await makeUser(database, 'technician');
      await giveZones(database, user.id, ['zone-a']);
      const clientId = randomUUID();
      const device = await new Replica().follow(pull(user, clientId));
      await database.db.deleteFrom('sync_pull_scopes').where('client_id', '=', clientId).execute();
      await giveZones(database, user.id, ['zone-b']);
      const page = await pull(user, clientId)(device.cursor);
      expect(page.reset).toBe(true);
      device.apply(page);
      await device.follow(pull(user, clientId));
      expect(device.rows).toEqual(await fresh(user));

      // One row per page; the zones change again after the first page of the difference.
      const one = { pageSize: 1, maxBytes: 1_000_000 };
      await giveZones(database, user.id, ['zone-a', 'zone-c']);
      const first = await pull(user, clientId, one)(device.cursor);
      expect(first.reset).toBe(false);
      device.apply(first);
      await giveZones(database, user.id, ['zone-c']);
      const second = await pull(user, clientId, one)(device.cursor);
      expect(second.reset).toBe(true);
      device.apply(second);
      await device.follow(pull(user, clientId));
      expect(device.rows).toEqual(await fresh(user));
    });
  });
}
