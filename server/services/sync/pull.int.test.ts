import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import {
  creates,
  giveZones,
  interventionArgs,
  numbered,
  Replica,
  seedTwoZones,
} from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type { PushedMutation } from '../../../shared/schemas/sync.ts';
import { pullChanges } from './pull.ts';

for (const kind of testDatabases) {
  describe(`sync.pull on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let coordinator: SessionUser;
    const pullAs = (user: SessionUser, clientId: string) => (cursor: string | null) =>
      callerFor(database, user).sync.pull({ clientId, cursor });
    const push = (user: SessionUser, clientId: string, mutations: PushedMutation[]) =>
      callerFor(database, user).sync.push({
        clientId,
        schemaVersion: 1,
        appVersion: 't',
        mutations,
      });

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
      coordinator = await makeUser(database, 'coordinator');
      await giveZones(database, tech.id, ['zone-a']);
    });
    afterAll(() => database.close());

    it('following the cursor from null, page by page, yields every committed row once', async () => {
      await push(tech, randomUUID(), creates(1, 120));
      const clientId = randomUUID();
      const small = await new Replica().follow((cursor) =>
        pullChanges(database.db, coordinator, { clientId, cursor }, { pageSize: 7, maxBytes: 1_000_000 }),
      );
      expect(small.pages).toBeGreaterThan(10);
      const ids = await database.db.selectFrom('interventions').select('id').execute();
      expect(small.keys('interventions')).toEqual(ids.map((r) => `interventions:${r.id}`).sort());
      expect(small.keys('sites')).toEqual(['sites:site-a', 'sites:site-b']);
      // The same through the API, with the default page: the same rows, in domain form.
      const whole = await new Replica().follow(pullAs(coordinator, randomUUID()));
      expect(whole.keys()).toEqual(small.keys());
      expect(whole.rows.get('sites:site-a')).toMatchObject({
        id: 'site-a',
        zoneId: 'zone-a',
        position: { lat: 47.7, lon: 3.6 },
      });
      // A byte budget cuts pages too, never below one row.
      const tiny = await new Replica().follow((cursor) =>
        pullChanges(database.db, coordinator, { clientId, cursor }, { pageSize: 1000, maxBytes: 1 }),
      );
      expect(tiny.keys()).toEqual(small.keys());
      // Nothing new: an empty page, same rows.
      const again = await pullAs(coordinator, randomUUID())(whole.cursor);
      expect(again).toMatchObject({ changes: [], more: false, reset: false });
    });

    it('reports lastMutationId once the pushed data can be pulled', async () => {
      const clientId = randomUUID();
      const device = await new Replica().follow(pullAs(tech, clientId));
      expect(device.lastMutationId).toBe(0);
      const args = interventionArgs();
      await push(
        tech,
        clientId,
        numbered(1, [
          { name: 'intervention.create', args },
          { name: 'intervention.create', args: interventionArgs() },
        ]),
      );
      await device.follow(pullAs(tech, clientId));
      expect(device.lastMutationId).toBe(2);
      expect(device.rows.get(`interventions:${String(args.id)}`)).toMatchObject({
        summary: 'Contrôle du mât',
        status: 'submitted',
        technicianId: tech.id,
      });
    });

    it('a technician receives their zones, unzoned reference rows and their own records only', async () => {
      const mine = interventionArgs({ siteId: 'site-b' });
      await push(tech, randomUUID(), numbered(1, [{ name: 'intervention.create', args: mine }]));
      const colleague = await makeUser(database, 'technician');
      const theirsA = interventionArgs({ siteId: 'site-a' });
      const theirsB = interventionArgs({ siteId: 'site-b' });
      const theirsNoZone = interventionArgs({ siteId: null });
      await push(
        colleague,
        randomUUID(),
        numbered(
          1,
          [theirsA, theirsB, theirsNoZone].map((args) => ({ name: 'intervention.create', args })),
        ),
      );

      const device = await new Replica().follow(pullAs(tech, randomUUID()));
      expect(device.keys('buildings')).toEqual(['buildings:bat-a']);
      expect(device.keys('sites')).toEqual(['sites:site-a']);
      expect(device.keys('sectors')).toEqual(['sectors:sec-a1']);
      expect(device.keys('zones')).toEqual(['zones:zone-a']);
      expect(device.keys('fibre_zones')).toEqual(['fibre_zones:fz-1']);
      const held = device.keys('interventions');
      expect(held).toContain(`interventions:${String(mine.id)}`);
      expect(held).toContain(`interventions:${String(theirsA.id)}`);
      expect(held).not.toContain(`interventions:${String(theirsB.id)}`);
      expect(held).not.toContain(`interventions:${String(theirsNoZone.id)}`);
    });

    it('zones taken away: the next pull drops them without starting over; a row moving zone is deleted', async () => {
      const user = await makeUser(database, 'technician');
      await giveZones(database, user.id, ['zone-a', 'zone-b']);
      const clientId = randomUUID();
      const device = await new Replica().follow(pullAs(user, clientId));
      expect(device.keys('buildings')).toEqual(['buildings:bat-a', 'buildings:bat-b']);

      await giveZones(database, user.id, ['zone-a']);
      const page = await pullAs(user, clientId)(device.cursor);
      // Only the difference (zone-change.ts): zone B's rows leave, zone A's are not sent again.
      expect(page.reset).toBe(false);
      expect(page.changes.every((c) => c.op === 'del')).toBe(true);
      device.apply(page);
      await device.follow(pullAs(user, clientId));
      expect(device.keys('buildings')).toEqual(['buildings:bat-a']);
      expect(device.keys('sectors')).toEqual(['sectors:sec-a1']);
      const resets = device.resets;

      // A relay moved to zone B takes its sector along; a building moved too.
      await database.db.updateTable('sites').set({ zone_id: 'zone-b' }).where('id', '=', 'site-a').execute();
      await database.db
        .updateTable('buildings')
        .set({ zone_id: 'zone-b' })
        .where('id', '=', 'bat-a')
        .execute();
      await device.follow(pullAs(user, clientId));
      expect(device.resets).toBe(resets);
      expect(device.keys('buildings')).toEqual([]);
      expect(device.keys('sites')).toEqual([]);
      expect(device.keys('sectors')).toEqual([]);
      await database.db.updateTable('sites').set({ zone_id: 'zone-a' }).where('id', '=', 'site-a').execute();
      await database.db
        .updateTable('buildings')
        .set({ zone_id: 'zone-a' })
        .where('id', '=', 'bat-a')
        .execute();
      await device.follow(pullAs(user, clientId));
      expect(device.keys('sectors')).toEqual(['sectors:sec-a1']);
      expect(device.keys('buildings')).toEqual(['buildings:bat-a']);
    });

    it('deletes reach devices; a restore does not log its own inserts', async () => {
      const clientId = randomUUID();
      const device = await new Replica().follow(pullAs(coordinator, clientId));
      await database.db.deleteFrom('fibre_zones').where('id', '=', 'fz-1').execute();
      await device.follow(pullAs(coordinator, clientId));
      expect(device.keys('fibre_zones')).toEqual([]);
      const count = async () =>
        Number(
          (await sql<{ n: number }>`select count(*)::int as n from change_log`.execute(database.db)).rows[0]
            ?.n,
        );
      const before = await count();
      await database.exec(
        "BEGIN; SET LOCAL terrain.restoring = 'on'; INSERT INTO zones (id, name) VALUES ('zone-r', 'R'); COMMIT;",
      );
      expect(await count()).toBe(before);
    });

    it('a garbage cursor restarts the stream instead of failing', async () => {
      const page = await pullAs(coordinator, randomUUID())('bm90IGEgY3Vyc29y');
      expect(page.reset).toBe(true);
    });
  });
}
