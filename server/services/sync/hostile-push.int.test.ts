// Pushed mutations from a hostile or clumsy device: one bad entry is rejected alone, never a failed push.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { interventionArgs, numbered, seedTwoZones } from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type { PushedMutation } from '../../../shared/schemas/sync.ts';

const push = (database: Database, user: SessionUser, clientId: string, mutations: PushedMutation[]) =>
  callerFor(database, user).sync.push({ clientId, schemaVersion: 1, appVersion: 'test', mutations });

const installArgs = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  technology: 'fibre',
  ontSerial: 'HWTC542D049B',
  buildingId: 'bat-a',
  installedAt: '2026-11-20T10:00:00+01:00',
  ...over,
});

for (const kind of testDatabases) {
  describe(`hostile pushes on ${kind.name}`, () => {
    let database: Database;
    let tech: SessionUser;
    let other: SessionUser;
    let coord: SessionUser;
    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      tech = await makeUser(database, 'technician');
      other = await makeUser(database, 'technician');
      coord = await makeUser(database, 'coordinator');
    });
    afterAll(() => database.close());

    it('rejects a NUL in a summary as INVALID_TEXT and applies the rest of the batch', async () => {
      const clientId = randomUUID();
      const good = interventionArgs();
      const res = await push(
        database,
        tech,
        clientId,
        numbered(1, [
          { name: 'intervention.create', args: interventionArgs({ summary: 'Mât\u0000 contrôlé' }) },
          { name: 'intervention.create', args: interventionArgs({ measurements: { ['k\u0001']: 1 } }) },
          { name: 'intervention.create', args: good },
        ]),
      );
      expect(res.results.map((r) => [r.status, r.code])).toEqual([
        ['rejected', 'INVALID_TEXT'],
        ['rejected', 'INVALID_TEXT'],
        ['applied', undefined],
      ]);
      expect(res.lastMutationId).toBe(3);
      const row = await database.db
        .selectFrom('interventions')
        .select('id')
        .where('id', '=', String(good.id))
        .execute();
      expect(row).toHaveLength(1);
      const audited = await database.db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'sync.reject')
        .where('actor_id', '=', tech.id)
        .execute();
      expect(audited.map((a) => a.details)).toContainEqual(
        expect.objectContaining({ mutationId: 1, code: 'INVALID_TEXT' }),
      );
    });

    it('keeps at most 16 KB of a rejected mutation’s args', async () => {
      const clientId = randomUUID();
      const res = await push(
        database,
        tech,
        clientId,
        numbered(1, [
          { name: 'intervention.create', args: interventionArgs({ summary: 'x'.repeat(300_000) }) },
        ]),
      );
      expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'INVALID_ARGS' });
      const stored = await database.db
        .selectFrom('sync_rejections')
        .select('args')
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(stored.args).length).toBeLessThanOrEqual(16 * 1024 + 64);
      expect(stored.args).toMatchObject({ truncated: true });
    });

    it('lets only the installer or a coordinator remove an installation, and records who did', async () => {
      const mine = installArgs({ ontSerial: 'ALCL12345678' });
      const theirs = installArgs({ ontSerial: 'ALCL87654321' });
      await push(database, tech, randomUUID(), numbered(1, [{ name: 'installation.create', args: mine }]));
      const otherClient = randomUUID();
      const created = await push(
        database,
        other,
        otherClient,
        numbered(1, [{ name: 'installation.create', args: theirs }]),
      );
      expect(created.results[0]?.status).toBe('applied');

      const attempt = await push(
        database,
        tech,
        randomUUID(),
        numbered(1, [
          { name: 'installation.remove', args: { id: theirs.id } },
          { name: 'installation.remove', args: { id: mine.id } },
        ]),
      );
      expect(attempt.results.map((r) => [r.status, r.code])).toEqual([
        ['rejected', 'FORBIDDEN'],
        ['applied', undefined],
      ]);
      const rows = await database.db
        .selectFrom('installations')
        .select(['id', 'status', 'removed_by'])
        .where('id', 'in', [String(mine.id), String(theirs.id)])
        .execute();
      expect(rows.find((r) => r.id === theirs.id)).toMatchObject({ status: 'active', removed_by: null });
      expect(rows.find((r) => r.id === mine.id)).toMatchObject({ status: 'removed', removed_by: tech.id });

      const byCoord = await push(
        database,
        coord,
        randomUUID(),
        numbered(1, [{ name: 'installation.remove', args: { id: theirs.id } }]),
      );
      expect(byCoord.results[0]?.status).toBe('applied');
      const audits = await database.db
        .selectFrom('audit_log')
        .select(['actor_id', 'target_id'])
        .where('action', '=', 'installation.remove')
        .execute();
      expect(audits).toEqual(
        expect.arrayContaining([
          { actor_id: tech.id, target_id: mine.id },
          { actor_id: coord.id, target_id: theirs.id },
        ]),
      );
    });

    it('names the building and date of a taken ONT serial only to its installer and coordinators', async () => {
      const first = installArgs({ ontSerial: 'HWTC11112222' });
      await push(database, tech, randomUUID(), numbered(1, [{ name: 'installation.create', args: first }]));
      const again = () =>
        numbered(1, [{ name: 'installation.create', args: installArgs({ ontSerial: 'HWTC11112222' }) }]);
      const stranger = (await push(database, other, randomUUID(), again())).results[0];
      expect(stranger).toMatchObject({ status: 'rejected', code: 'ONT_SERIAL_TAKEN' });
      expect(stranger?.message).not.toMatch(/bat-a|2026-11-20/);
      const owner = (await push(database, tech, randomUUID(), again())).results[0];
      expect(owner?.message).toMatch(/bat-a/);
      const coordinator = (await push(database, coord, randomUUID(), again())).results[0];
      expect(coordinator?.message).toMatch(/2026-11-20/);
    });
  });
}
