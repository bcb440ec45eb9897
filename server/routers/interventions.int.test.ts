import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { callerFor, makeUser } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { interventionArgs, numbered, Replica, seedTwoZones } from '../testing/sync-fixtures.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';

for (const kind of testDatabases) {
  describe(`interventions (coordinators) on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let coordinator: SessionUser;
    const techClient = randomUUID();
    const created: Record<string, unknown>[] = [];

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
      coordinator = await makeUser(database, 'coordinator');
      // 25 interventions a day apart, some on relay B, two with the same start (keyset tie-break).
      for (let i = 0; i < 25; i++) {
        const day = String(1 + (i === 24 ? 23 : i)).padStart(2, '0');
        created.push(
          interventionArgs({
            startedAt: `2026-10-${day}T08:00:00Z`,
            siteId: i % 5 === 0 ? 'site-b' : 'site-a',
            summary: i === 3 ? '=HYPERLINK("http://x")' : `Intervention ${i}`,
            photos: i % 2 ? ['a'.repeat(64)] : [],
          }),
        );
      }
      await callerFor(database, tech).sync.push({
        clientId: techClient,
        schemaVersion: 1,
        appVersion: 't',
        mutations: numbered(
          1,
          created.map((args) => ({ name: 'intervention.create', args })),
        ),
      });
    });
    afterAll(() => database.close());

    it('lists newest first, filtered, page after page without gaps or repeats', async () => {
      const coord = callerFor(database, coordinator);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof coord.interventions.list>> = await coord.interventions.list({
          cursor,
          limit: 4,
        });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(7);
      expect(new Set(seen).size).toBe(25);
      const first = (await coord.interventions.list({ limit: 1 })).items[0];
      expect(first).toMatchObject({
        startedAt: '2026-10-24T08:00:00.000Z',
        technicianName: tech.name,
        siteName: expect.any(String),
      });
      const onB = await coord.interventions.list({
        siteId: 'site-b',
        from: '2026-10-01T00:00:00Z',
        to: '2026-10-15T00:00:00Z',
      });
      expect(onB.items.map((i) => i.startedAt.slice(0, 10))).toEqual([
        '2026-10-11',
        '2026-10-06',
        '2026-10-01',
      ]);
      expect(onB.items[0]).toMatchObject({ siteName: 'Relais B', photoCount: 0, status: 'submitted' });
      await expect(coord.interventions.list({ cursor: 'garbage' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(callerFor(database, tech).interventions.list({})).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('request changes: the comment reaches the technician by pull; a resubmission goes back to review', async () => {
      const coord = callerFor(database, coordinator);
      const id = String(created[7]?.id);
      await expect(coord.interventions.review({ id, decision: 'request_changes' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      const reviewed = await coord.interventions.review({
        id,
        decision: 'request_changes',
        comment: 'Ajoutez la photo du mât.',
      });
      expect(reviewed).toMatchObject({
        status: 'changes_requested',
        reviewComment: 'Ajoutez la photo du mât.',
        reviewedBy: coordinator.id,
      });

      const device = await new Replica().follow((cursor) =>
        callerFor(database, tech).sync.pull({ clientId: techClient, cursor }),
      );
      expect(device.rows.get(`interventions:${id}`)).toMatchObject({
        status: 'changes_requested',
        reviewComment: 'Ajoutez la photo du mât.',
      });

      await callerFor(database, tech).sync.push({
        clientId: techClient,
        schemaVersion: 1,
        appVersion: 't',
        mutations: [{ id: 26, name: 'intervention.attachPhotos', args: { id, photos: ['b'.repeat(64)] } }],
      });
      await device.follow((cursor) => callerFor(database, tech).sync.pull({ clientId: techClient, cursor }));
      expect(device.rows.get(`interventions:${id}`)).toMatchObject({ status: 'submitted' });

      await coord.interventions.review({ id, decision: 'approve', comment: 'Merci' });
      await expect(coord.interventions.review({ id, decision: 'approve' })).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(
        coord.interventions.review({ id: randomUUID(), decision: 'approve' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const detail = await coord.interventions.get({ id });
      expect(detail.reviews.map((r) => [r.decision, r.comment, r.reviewerName])).toEqual([
        ['request_changes', 'Ajoutez la photo du mât.', coordinator.name],
        ['approve', 'Merci', coordinator.name],
      ]);
      expect(detail.intervention.status).toBe('approved');
    });

    it('lists technicians by name, without contact details, for coordinators only', async () => {
      const people = await callerFor(database, coordinator).interventions.technicians();
      expect(people).toContainEqual({ id: tech.id, name: tech.name });
      expect(people.map((p) => p.id)).not.toContain(coordinator.id);
      expect(Object.keys(people[0] ?? {}).sort()).toEqual(['id', 'name']);
      await expect(callerFor(database, tech).interventions.technicians()).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });
}
