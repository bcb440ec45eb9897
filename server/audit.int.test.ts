// Audit entries for what operators must be able to trace: personal-data lists read, rejections and
// their resolution, imports and restores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from './admin/commands.ts';
import type { Database } from './db/database.ts';
import { callerFor, makeUser } from './testing/caller.ts';
import { testDatabases } from './testing/databases.ts';
import { interventionArgs, numbered, seedTwoZones } from './testing/sync-fixtures.ts';
import type { SessionUser } from '../shared/schemas/auth.ts';

const fixture = resolve(import.meta.dirname, 'testing/fixtures/network-jussy.geojson');

for (const kind of testDatabases) {
  describe(`audit entries on ${kind.name}`, () => {
    let database: Database;
    let coord: SessionUser;
    let tech: SessionUser;
    const dir = mkdtempSync(join(tmpdir(), 'terrain-audit-'));
    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      coord = await makeUser(database, 'coordinator');
      tech = await makeUser(database, 'technician');
    }, 300_000);
    afterAll(async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const actions = async () =>
      await database.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id', 'details'])
        .orderBy('id')
        .execute();

    it('records coordinators reading lists of personal data, with the row count and no rows', async () => {
      await callerFor(database, coord).interest.list({ kind: 'connect' });
      await callerFor(database, coord).subscription.list({});
      const entries = await actions();
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'interest.list.read',
            actor_id: coord.id,
            details: expect.objectContaining({ rows: 0 }),
          }),
          expect.objectContaining({ action: 'subscription.list.read', actor_id: coord.id }),
        ]),
      );
    });

    it('records a rejection and who resolved it', async () => {
      const clientId = randomUUID();
      await callerFor(database, tech).sync.push({
        clientId,
        schemaVersion: 1,
        appVersion: 't',
        mutations: numbered(1, [{ name: 'intervention.create', args: interventionArgs({ siteId: 'nope' }) }]),
      });
      const { items } = await callerFor(database, coord).sync.rejections({});
      const rejection = items.find((r) => r.clientId === clientId);
      if (!rejection) throw new Error('no rejection');
      await callerFor(database, coord).sync.resolveRejection({ id: rejection.id });
      const entries = await actions();
      expect(entries).toContainEqual(expect.objectContaining({ action: 'sync.reject', actor_id: tech.id }));
      expect(entries).toContainEqual(
        expect.objectContaining({ action: 'sync.resolveRejection', actor_id: coord.id }),
      );
    });

    it('records imports and restores run from the admin command line', async () => {
      expect((await runAdminCommand(database, ['import', fixture])).code).toBe(0);
      const file = join(dir, 'backup.sql');
      expect((await runAdminCommand(database, ['backup', file])).code).toBe(0);
      expect((await runAdminCommand(database, ['restore', file])).code).toBe(0);
      const entries = await actions();
      expect(entries).toContainEqual(
        expect.objectContaining({ action: 'import', details: { file: 'network-jussy.geojson' } }),
      );
      expect(entries.at(-1)).toMatchObject({ action: 'backup.restore', details: { file: 'backup.sql' } });
    });
  });
}
