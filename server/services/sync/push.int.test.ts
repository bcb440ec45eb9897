import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { creates, interventionArgs, numbered, seedTwoZones } from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type { PushedMutation } from '../../../shared/schemas/sync.ts';

const push = (
  database: Database,
  user: SessionUser,
  clientId: string,
  mutations: PushedMutation[],
  schemaVersion = 1,
) => callerFor(database, user).sync.push({ clientId, schemaVersion, appVersion: 'test', mutations });

async function countInterventions(database: Database): Promise<number> {
  const row = await database.db
    .selectFrom('interventions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

for (const kind of testDatabases) {
  describe(`sync.push on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
    });
    afterAll(() => database.close());

    it('applies a batch once even when it is pushed twice concurrently', async () => {
      const clientId = randomUUID();
      const before = await countInterventions(database);
      const batch = creates(1, 20);
      const [a, b] = await Promise.all([
        push(database, tech, clientId, batch),
        push(database, tech, clientId, batch),
      ]);
      expect(a.lastMutationId).toBe(20);
      expect(b.lastMutationId).toBe(20);
      const statuses = [a, b].map((r) => [...new Set(r.results.map((x) => x.status))].join());
      expect(statuses.sort()).toEqual(['applied', 'duplicate']);
      expect(await countInterventions(database)).toBe(before + 20);
      // And once more later: all duplicates, nothing new.
      const again = await push(database, tech, clientId, batch);
      expect(again.results.every((r) => r.status === 'duplicate')).toBe(true);
      expect(await countInterventions(database)).toBe(before + 20);
    });

    it('refuses a gap with CONFLICT and applies nothing after it', async () => {
      const clientId = randomUUID();
      await push(database, tech, clientId, creates(1, 2));
      const before = await countInterventions(database);
      // The first new id is already a gap: nothing at all is applied.
      await expect(push(database, tech, clientId, creates(4, 3))).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await countInterventions(database)).toBe(before);
      // A gap in the middle: the entries before it are next in line and kept, nothing after it.
      const batch = [...creates(3, 2), ...creates(7, 2)];
      await expect(push(database, tech, clientId, batch)).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('lastMutationId=4'),
      });
      expect(await countInterventions(database)).toBe(before + 2);
      const resumed = await push(database, tech, clientId, creates(5, 2));
      expect(resumed).toMatchObject({
        lastMutationId: 6,
        results: [{ status: 'applied' }, { status: 'applied' }],
      });
    });

    it('rejects a taken ONT serial (in either spelling), records it, and goes on with the batch', async () => {
      const clientId = randomUUID();
      const install = (serial: string) => ({
        name: 'installation.create',
        args: {
          id: randomUUID(),
          technology: 'fibre',
          ontSerial: serial,
          buildingId: 'bat-a',
          installedAt: '2026-11-20T10:00:00Z',
        },
      });
      const res = await push(
        database,
        tech,
        clientId,
        numbered(1, [
          install('ALCL-0011 2233'),
          install('414C434C00112233'),
          install('alcl00112233'),
          { name: 'intervention.create', args: interventionArgs() },
          { name: 'installation.create', args: { ...install('ALCL00112299').args, rxPowerDbm: -31 } },
        ]),
      );
      expect(res.lastMutationId).toBe(5);
      expect(res.results.map((r) => [r.status, r.code])).toEqual([
        ['applied', undefined],
        ['rejected', 'ONT_SERIAL_TAKEN'],
        ['rejected', 'ONT_SERIAL_TAKEN'],
        ['applied', undefined],
        ['applied', 'RX_POWER_LOW'],
      ]);
      expect(res.results[1]?.message).toMatch(/ALCL00112233/);
      // The answer was lost and the device pushes again: the rejection is repeated, not hidden.
      const again = await push(
        database,
        tech,
        clientId,
        numbered(1, [install('ALCL00112233'), install('ALCL00112233')]),
      );
      expect(again.results.map((r) => [r.status, r.originalStatus, r.code])).toEqual([
        ['duplicate', undefined, undefined],
        ['duplicate', 'rejected', 'ONT_SERIAL_TAKEN'],
      ]);
      const coordinator = await makeUser(database, 'coordinator');
      const listed = await callerFor(database, coordinator).sync.rejections({ limit: 50 });
      const mine = listed.items.filter((r) => r.clientId === clientId);
      expect(mine.map((r) => [r.mutationId, r.code])).toEqual([
        [3, 'ONT_SERIAL_TAKEN'],
        [2, 'ONT_SERIAL_TAKEN'],
      ]);
      // Technicians do not read the coordinators' list.
      await expect(callerFor(database, tech).sync.rejections({ limit: 5 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('rejects invalid args and unknown mutations without failing the batch', async () => {
      const clientId = randomUUID();
      const res = await push(
        database,
        tech,
        clientId,
        numbered(1, [
          {
            name: 'intervention.create',
            args: { ...interventionArgs(), kind: 'party', startedAt: 'yesterday' },
          },
          { name: 'intervention.create', args: 'not an object' },
          {
            name: 'installation.create',
            args: {
              id: randomUUID(),
              technology: 'fibre',
              ontSerial: 'XYZ',
              installedAt: '2026-11-20T10:00:00Z',
            },
          },
          { name: 'intervention.create', args: interventionArgs({ siteId: 'no-such-site' }) },
          { name: 'drop.tables', args: {} },
          { name: 'intervention.create', args: interventionArgs() },
        ]),
      );
      expect(res.results.map((r) => r.code ?? r.status)).toEqual([
        'INVALID_ARGS',
        'INVALID_ARGS',
        'ONT_SERIAL_INVALID',
        'UNKNOWN_REFERENCE',
        'UNKNOWN_MUTATION',
        'applied',
      ]);
      expect(res.results[0]?.message).toMatch(/kind|startedAt/);
      expect(res.lastMutationId).toBe(6);
    });

    it('refuses an unsupported schema version, keeping nothing', async () => {
      const clientId = randomUUID();
      for (const version of [0, 99]) {
        await expect(push(database, tech, clientId, creates(1, 1), version)).rejects.toMatchObject({
          code: 'PRECONDITION_FAILED',
          message: expect.stringMatching(/mettez-la à jour/),
        });
      }
      const res = await push(database, tech, clientId, creates(1, 1));
      expect(res.results[0]?.status).toBe('applied');
    });

    it('a device belongs to the user who first pushed from it', async () => {
      const clientId = randomUUID();
      await push(database, tech, clientId, creates(1, 1));
      const other = await makeUser(database, 'technician');
      await expect(push(database, other, clientId, creates(2, 1))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(callerFor(database, other).sync.pull({ clientId, cursor: null })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(
        callerFor(database, null).sync.push({ clientId, schemaVersion: 1, appVersion: '', mutations: [] }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    });

    it('malformed input is BAD_REQUEST, never a 500', async () => {
      await expect(push(database, tech, 'not-a-uuid', creates(1, 1))).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      await expect(
        push(database, tech, randomUUID(), [{ id: 0, name: 'x', args: {} }]),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await expect(push(database, tech, randomUUID(), creates(1, 501))).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    });
  });
}
