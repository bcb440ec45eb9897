// Bulk approve, the diff between versions of a resubmitted entry, and the GDPR purge, on both databases.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { insertSubscription } from '../repositories/subscription.repository.ts';
import { callerFor, makeUser } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { interventionArgs, numbered, seedTwoZones } from '../testing/sync-fixtures.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { purgeExpiredProspects } from './prospects-retention.service.ts';

for (const kind of testDatabases) {
  describe(`review and retention on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let coordinator: SessionUser;
    const clientId = randomUUID();
    let next = 1;
    const ids = Array.from({ length: 4 }, () => randomUUID());

    const push = (mutations: { name: string; args: unknown }[]) => {
      const batch = numbered(next, mutations);
      next += mutations.length;
      return callerFor(database, tech).sync.push({
        clientId,
        schemaVersion: 1,
        appVersion: 't',
        mutations: batch,
      });
    };

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
      coordinator = await makeUser(database, 'coordinator');
      await push(
        ids.map((id, i) => ({
          name: 'intervention.create',
          args: interventionArgs({ id, summary: `Visite ${i}` }),
        })),
      );
    });
    afterAll(() => database.close());

    it('approves many at once, reports the ones approved meanwhile or missing', async () => {
      const coord = callerFor(database, coordinator);
      await coord.interventions.review({ id: ids[0] ?? '', decision: 'approve' });
      const missing = randomUUID();
      const out = await coord.interventions.bulkApprove({
        ids: [ids[0] ?? '', ids[1] ?? '', ids[2] ?? '', ids[1] ?? '', missing],
      });
      expect(out.approved.sort()).toEqual([ids[1], ids[2]].sort());
      expect(out.skipped).toEqual([
        { id: ids[0], code: 'ALREADY_REVIEWED' },
        { id: missing, code: 'NOT_FOUND' },
      ]);
      const list = await coord.interventions.list({ status: 'approved' });
      expect(list.items.map((i) => i.id).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
      const detail = await coord.interventions.get({ id: ids[1] ?? '' });
      expect(detail.reviews).toMatchObject([{ decision: 'approve', reviewerName: coordinator.name }]);
      await expect(callerFor(database, tech).interventions.bulkApprove({ ids })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(coord.interventions.bulkApprove({ ids: [] })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(coord.interventions.bulkApprove({ ids: ['x'] })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      expect((await coord.interventions.list({ status: 'submitted' })).items.map((i) => i.id)).toEqual([
        ids[3],
      ]);
    });

    it('shows what a resubmission changed since the version reviewed', async () => {
      const id = ids[3] ?? '';
      const coord = callerFor(database, coordinator);
      await coord.interventions.review({ id, decision: 'request_changes', comment: 'Précisez la mesure.' });
      await push([
        {
          name: 'intervention.update',
          args: {
            id,
            set: { summary: 'Visite 3, mesure refaite', measurements: { rssiDbm: -58 } },
            base: { summary: 'Visite 3', measurements: { rssiDbm: -61 } },
          },
        },
      ]);
      await push([
        { name: 'intervention.update', args: { id, set: { notes: 'Câble changé' }, base: { notes: null } } },
      ]);
      const diff = await coord.interventions.versionDiff({ id });
      expect(diff.versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
      // From the reviewed version (2: the request for changes) to the current one.
      expect(diff.from).toBe(2);
      expect(diff.to).toBe(4);
      expect(diff.changes).toEqual([
        { field: 'summary', before: 'Visite 3', after: 'Visite 3, mesure refaite' },
        { field: 'notes', before: null, after: 'Câble changé' },
        { field: 'measurements', before: { rssiDbm: -61 }, after: { rssiDbm: -58 } },
      ]);
      const first = await coord.interventions.versionDiff({ id, from: 1, to: 2 });
      expect(first.changes).toEqual([]);
      await expect(coord.interventions.versionDiff({ id, from: 9 })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(coord.interventions.versionDiff({ id: randomUUID() })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('purges registrations and requests past their retention date, audited with counts only', async () => {
      const now = new Date('2029-06-01T00:00:00Z');
      const day = 86_400_000;
      const request = (id: string, retention: Date) =>
        insertSubscription(database.db, {
          id,
          technology: 'fibre',
          lat: 47.7,
          lon: 3.6,
          name: 'Jean Martin',
          email: 'jean@example.fr',
          consent_at: new Date('2026-01-01T00:00:00Z'),
          retention_until: retention,
        });
      const old = randomUUID();
      const kept = randomUUID();
      await request(old, new Date(now.getTime() - day));
      await request(kept, new Date(now.getTime() + day));
      await database.db
        .insertInto('interest_registrations')
        .values([
          {
            id: randomUUID(),
            kind: 'connect',
            lat: 47.7,
            lon: 3.6,
            email: 'a@example.fr',
            consent_at: now,
            retention_until: new Date(now.getTime() - 1),
          },
          {
            id: randomUUID(),
            kind: 'share',
            lat: 47.7,
            lon: 3.6,
            email: 'b@example.fr',
            consent_at: now,
            retention_until: new Date(now.getTime() + day),
          },
        ])
        .execute();
      expect(await purgeExpiredProspects(database.db, now)).toEqual({ interest: 1, subscriptions: 1 });
      // Run twice (two servers, or the next day): nothing more to do.
      expect(await purgeExpiredProspects(database.db, now)).toEqual({ interest: 0, subscriptions: 0 });
      const left = await database.db.selectFrom('subscription_requests').select('id').execute();
      expect(left.map((r) => r.id)).toEqual([kept]);
      expect(await database.db.selectFrom('interest_registrations').select('email').execute()).toEqual([
        { email: 'b@example.fr' },
      ]);
      const log = await database.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', '=', 'prospects.purge')
        .execute();
      expect(log).toHaveLength(2);
      expect(JSON.stringify(log)).not.toContain('@');

      const coord = callerFor(database, coordinator);
      const person = await coord.prospects.exportPerson({ kind: 'subscription', id: kept });
      expect(JSON.parse(person.json)).toMatchObject({
        subscriptionRequest: { id: kept, name: 'Jean Martin' },
        visits: [],
      });
      await expect(coord.prospects.exportPerson({ kind: 'subscription', id: old })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        callerFor(database, tech).prospects.exportPerson({ kind: 'subscription', id: kept }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
}
