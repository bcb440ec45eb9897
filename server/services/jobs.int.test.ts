// From a subscription request to a connected member, on both databases: the job reaches its technician
// (and no one else), the installation recorded from it closes it, the console replaces the ONT.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { insertSubscription } from '../repositories/subscription.repository.ts';
import { callerFor, makeUser } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { numbered, Replica, seedTwoZones } from '../testing/sync-fixtures.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';

for (const kind of testDatabases) {
  describe(`installation jobs and installations on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let otherTech: SessionUser;
    let coordinator: SessionUser;
    const requestId = randomUUID();
    const jobId = randomUUID();
    const installationId = randomUUID();
    const techClient = randomUUID();

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
      otherTech = await makeUser(database, 'technician');
      coordinator = await makeUser(database, 'coordinator');
      await insertSubscription(database.db, {
        id: requestId,
        technology: 'fibre',
        lat: 47.71,
        lon: 3.61,
        address: '3 rue du Lavoir, Jussy',
        building_id: 'bat-a',
        name: 'Marie Dupont',
        phone: '0601020304',
        consent_at: new Date(),
        retention_until: new Date(Date.now() + 86_400_000),
      });
    });
    afterAll(() => database.close());

    const pullAll = async (user: SessionUser, replica = new Replica(), clientId = randomUUID()) => {
      for (let i = 0; i < 20; i++) {
        const page = await callerFor(database, user).sync.pull({ clientId, cursor: replica.cursor });
        replica.apply(page);
        if (!page.more) break;
      }
      return replica;
    };

    it('plans a job from a request; only its technician’s device receives it', async () => {
      const coord = callerFor(database, coordinator);
      const job = await coord.jobs.create({
        id: jobId,
        subscriptionId: requestId,
        technicianId: tech.id,
        scheduledFor: '2026-12-03T09:00:00+01:00',
      });
      expect(job).toMatchObject({ status: 'open', name: 'Marie Dupont', technicianName: tech.name });
      // A retry (lost answer) plans it once.
      await coord.jobs.create({
        id: jobId,
        subscriptionId: requestId,
        technicianId: tech.id,
        scheduledFor: '2026-12-03T09:00:00+01:00',
      });
      expect(await coord.jobs.list({ subscriptionId: requestId })).toHaveLength(1);
      const requests = await coord.subscription.list({});
      expect(requests.items.find((r) => r.id === requestId)?.status).toBe('scheduled');

      const mine = await pullAll(tech, new Replica(), techClient);
      expect(mine.rows.get(`installation_jobs:${jobId}`)).toMatchObject({
        name: 'Marie Dupont',
        phone: '0601020304',
        scheduledFor: '2026-12-03T08:00:00.000Z',
      });
      const theirs = await pullAll(otherTech);
      expect([...theirs.rows.keys()].filter((k) => k.startsWith('installation_jobs:'))).toEqual([]);
    });

    it('refuses bad plans and technicians, changing nothing', async () => {
      const coord = callerFor(database, coordinator);
      const base = { id: randomUUID(), subscriptionId: requestId, scheduledFor: '2026-12-03T09:00:00Z' };
      await expect(coord.jobs.create({ ...base, technicianId: coordinator.id })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(
        coord.jobs.create({ ...base, technicianId: tech.id, subscriptionId: randomUUID() }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        coord.jobs.create({ ...base, technicianId: tech.id, scheduledFor: 'demain' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(
        callerFor(database, tech).jobs.create({ ...base, technicianId: tech.id }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await coord.jobs.list({ subscriptionId: requestId })).toHaveLength(1);
    });

    it('the installation recorded from the job closes it and marks the request connected', async () => {
      const out = await callerFor(database, tech).sync.push({
        clientId: techClient,
        schemaVersion: 1,
        appVersion: 't',
        mutations: numbered(1, [
          {
            name: 'installation.create',
            args: {
              id: installationId,
              technology: 'fibre',
              ontSerial: 'hwtc-542d-049b',
              buildingId: 'bat-a',
              rxPowerDbm: -20,
              installedAt: '2026-12-03T09:40:00+01:00',
              jobId,
            },
          },
        ]),
      });
      expect(out.results[0]).toMatchObject({ status: 'applied' });
      const coord = callerFor(database, coordinator);
      const [job] = await coord.jobs.list({ subscriptionId: requestId });
      expect(job).toMatchObject({ status: 'done', installationId });
      const requests = await coord.subscription.list({});
      expect(requests.items.find((r) => r.id === requestId)?.status).toBe('done');
      const detail = await coord.installations.get({ id: installationId });
      expect(detail).toMatchObject({
        installation: { ontSerial: 'HWTC542D049B', ontVendor: 'Huawei', jobId, technicianName: tech.name },
        job: { id: jobId, status: 'done' },
        subscription: { id: requestId, name: 'Marie Dupont', status: 'done' },
      });
      // The device hears the job is closed.
      const replica = await pullAll(tech);
      expect(replica.rows.get(`installation_jobs:${jobId}`)).toMatchObject({ status: 'done' });
    });

    it('replaces the ONT from the console, keeps the old one in the history, frees its serial', async () => {
      const coord = callerFor(database, coordinator);
      const replaced = await coord.installations.replaceOnt({
        id: installationId,
        ontSerial: 'ZTEG 0000 00AA',
        replacedAt: '2026-12-04T10:00:00+01:00',
        reason: 'ONT ne s’allume plus',
      });
      expect(replaced.installation.ontSerial).toBe('ZTEG000000AA');
      expect(replaced.installation.ontHistory).toEqual([
        {
          serial: 'HWTC542D049B',
          replacedAt: '2026-12-04T10:00:00+01:00',
          reason: 'ONT ne s’allume plus',
          by: coordinator.id,
        },
      ]);
      // The old serial is free for another home; the new one is taken.
      const out = await callerFor(database, otherTech).sync.push({
        clientId: randomUUID(),
        schemaVersion: 1,
        appVersion: 't',
        mutations: numbered(1, [
          {
            name: 'installation.create',
            args: {
              id: randomUUID(),
              technology: 'fibre',
              ontSerial: 'HWTC542D049B',
              installedAt: '2026-12-05T09:00:00Z',
            },
          },
          {
            name: 'installation.create',
            args: {
              id: randomUUID(),
              technology: 'fibre',
              ontSerial: 'ZTEG000000AA',
              installedAt: '2026-12-05T09:00:00Z',
            },
          },
          {
            name: 'installation.replaceOnt',
            args: { id: installationId, ontSerial: 'SCOM00000001', replacedAt: '2026-12-05T09:00:00Z' },
          },
        ]),
      });
      expect(out.results.map((r) => [r.status, r.code])).toEqual([
        ['applied', undefined],
        ['rejected', 'ONT_SERIAL_TAKEN'],
        ['rejected', 'FORBIDDEN'],
      ]);
      await expect(
        coord.installations.replaceOnt({
          id: installationId,
          ontSerial: 'HWTC542D049B',
          replacedAt: '2026-12-05T10:00:00Z',
        }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(
        coord.installations.replaceOnt({
          id: installationId,
          ontSerial: 'nope',
          replacedAt: '2026-12-05T10:00:00Z',
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(
        callerFor(database, tech).installations.replaceOnt({
          id: installationId,
          ontSerial: 'SCOM00000002',
          replacedAt: '2026-12-05T10:00:00Z',
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const after = await coord.installations.get({ id: installationId });
      expect(after.installation.ontSerial).toBe('ZTEG000000AA');
      const audit = await database.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('target_id', '=', installationId)
        .execute();
      expect(audit).toEqual([{ action: 'installation.replaceOnt', actor_id: coordinator.id }]);
    });

    it('removes from the console; a removed installation keeps its ONT out of replacement', async () => {
      const coord = callerFor(database, coordinator);
      expect((await coord.installations.remove({ id: installationId })).status).toBe('removed');
      await expect(
        coord.installations.replaceOnt({
          id: installationId,
          ontSerial: 'SCOM00000003',
          replacedAt: '2026-12-06T10:00:00Z',
        }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      const list = await coord.installations.list({ status: 'removed' });
      expect(list.items.map((i) => i.id)).toEqual([installationId]);
    });
  });
}
