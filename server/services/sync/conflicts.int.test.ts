import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { interventionArgs, Replica, seedTwoZones } from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';

// Two phones of one technician (or a technician and a coordinator) edit the same record offline.
for (const kind of testDatabases) {
  describe(`offline edits on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let coordinator: SessionUser;
    const phoneA = randomUUID();
    const phoneB = randomUUID();
    // Each phone numbers its own mutations 1, 2, 3…
    const next = new Map<string, number>();
    const push = (clientId: string, name: string, args: unknown) => {
      const id = next.get(clientId) ?? 1;
      next.set(clientId, id + 1);
      return callerFor(database, tech).sync.push({
        clientId,
        schemaVersion: 1,
        appVersion: 't',
        mutations: [{ id, name, args, createdAt: new Date().toISOString() }],
      });
    };

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
      coordinator = await makeUser(database, 'coordinator');
    });
    afterAll(() => database.close());

    async function created(): Promise<string> {
      const args = interventionArgs({ summary: 'Avant', notes: null });
      await push(phoneA, 'intervention.create', args);
      return String(args.id);
    }

    it('same field: the later-received value wins, the other is kept as a conflict for coordinators', async () => {
      const id = await created();
      // Both phones saw "Avant" when they edited offline; phone B's edit reaches the server last.
      await push(phoneA, 'intervention.update', {
        id,
        set: { summary: 'Version A' },
        base: { summary: 'Avant' },
      });
      const res = await push(phoneB, 'intervention.update', {
        id,
        set: { summary: 'Version B' },
        base: { summary: 'Avant' },
      });
      expect(res.results[0]?.status).toBe('applied');
      const coord = callerFor(database, coordinator);
      const { intervention, conflicts } = await coord.interventions.get({ id });
      expect(intervention.summary).toBe('Version B');
      expect(intervention.version).toBe(3);
      expect(conflicts).toMatchObject([
        {
          table: 'interventions',
          rowId: id,
          field: 'summary',
          keptValue: 'Version B',
          overwrittenValue: 'Version A',
          winnerClientId: phoneB,
          loserClientId: phoneA,
          loserUserId: tech.id,
          resolvedAt: null,
        },
      ]);
      const listed = await coord.sync.conflicts({ rowId: id, limit: 10 });
      expect(listed.items).toHaveLength(1);
      await coord.sync.resolveConflict({ id: listed.items[0]?.id ?? 0 });
      expect((await coord.sync.conflicts({ rowId: id, resolved: false, limit: 10 })).items).toHaveLength(0);
    });

    it('the technician whose edit lost is told by their next complete pull, until a coordinator settles it', async () => {
      const id = await created();
      await push(phoneA, 'intervention.update', { id, set: { notes: 'Note A' }, base: { notes: null } });
      // A coordinator's later edit of the same field, from the console's device.
      await callerFor(database, coordinator).sync.push({
        clientId: randomUUID(),
        schemaVersion: 1,
        appVersion: 't',
        mutations: [
          {
            id: 1,
            name: 'intervention.update',
            args: { id, set: { notes: 'Note C' }, base: { notes: null } },
          },
        ],
      });
      const lastPage = async (user: SessionUser, clientId: string) => {
        let cursor: string | null = null;
        for (let page = 0; page < 100; page++) {
          const out = await callerFor(database, user).sync.pull({ clientId, cursor });
          if (!out.more) return out;
          expect(out.lostEdits).toBeUndefined(); // only the last page carries them
          cursor = out.cursor;
        }
        throw new Error('pull did not end');
      };
      const told = (await lastPage(tech, phoneA)).lostEdits?.filter((c) => c.rowId === id);
      expect(told).toEqual([
        expect.objectContaining({
          table: 'interventions',
          field: 'notes',
          keptValue: 'Note C',
          overwrittenValue: 'Note A',
        }),
      ]);
      // Not the winner's business, and gone once settled.
      expect((await lastPage(coordinator, randomUUID())).lostEdits?.some((c) => c.rowId === id)).toBe(false);
      await callerFor(database, coordinator).sync.resolveConflict({ id: told?.[0]?.id ?? 0 });
      expect((await lastPage(tech, phoneA)).lostEdits?.some((c) => c.rowId === id)).toBe(false);
    });

    it('different fields: both edits survive, no conflict', async () => {
      const id = await created();
      await push(phoneA, 'intervention.update', {
        id,
        set: { summary: 'Résumé A' },
        base: { summary: 'Avant' },
      });
      await push(phoneB, 'intervention.update', {
        id,
        set: { notes: 'Note B', measurements: { rssiDbm: -58 } },
        base: { notes: null, measurements: { rssiDbm: -61 } },
      });
      const { intervention, conflicts } = await callerFor(database, coordinator).interventions.get({ id });
      expect(intervention).toMatchObject({
        summary: 'Résumé A',
        notes: 'Note B',
        measurements: { rssiDbm: -58 },
      });
      expect(conflicts).toEqual([]);
      // And both phones converge through pull.
      const device = await new Replica().follow((cursor) =>
        callerFor(database, tech).sync.pull({ clientId: phoneB, cursor }),
      );
      expect(device.rows.get(`interventions:${id}`)).toMatchObject({ summary: 'Résumé A', notes: 'Note B' });
    });

    it('the same value written twice is no conflict; an approved record is no longer edited', async () => {
      const id = await created();
      await push(phoneA, 'intervention.update', {
        id,
        set: { summary: 'Pareil' },
        base: { summary: 'Avant' },
      });
      await push(phoneB, 'intervention.update', {
        id,
        set: { summary: 'Pareil' },
        base: { summary: 'Avant' },
      });
      await callerFor(database, coordinator).interventions.review({ id, decision: 'approve' });
      const late = await push(phoneB, 'intervention.update', {
        id,
        set: { notes: 'trop tard' },
        base: { notes: null },
      });
      expect(late.results[0]).toMatchObject({ status: 'rejected', code: 'ALREADY_REVIEWED' });
      expect((await callerFor(database, coordinator).interventions.get({ id })).conflicts).toEqual([]);
    });

    it('photos added on two phones are merged', async () => {
      const id = await created();
      const sha = (c: string) => c.repeat(64);
      await push(phoneA, 'intervention.attachPhotos', { id, photos: [sha('a')] });
      await push(phoneB, 'intervention.attachPhotos', { id, photos: [sha('b'), sha('a')] });
      const { intervention } = await callerFor(database, coordinator).interventions.get({ id });
      expect(intervention.photos).toEqual([sha('a'), sha('b')]);
      expect(intervention.photoCount).toBe(2);
    });
  });
}
