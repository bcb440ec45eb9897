import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupToSql, restoreSql } from '../../admin/backup.ts';
import type { Database } from '../../db/database.ts';
import { callerFor, makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { creates, Replica, seedTwoZones } from '../../testing/sync-fixtures.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';

// After a restore the change log is another history: devices start over, and restored entries are
// read even when they carry transaction ids above this cluster's.
for (const kind of testDatabases) {
  describe(`sync after a restore on ${kind.name}`, () => {
    const opened: Database[] = [];
    let source: Database;
    let coordinator: SessionUser;
    beforeAll(async () => {
      source = await kind.open();
      opened.push(source);
      await seedTwoZones(source);
      coordinator = await makeUser(source, 'coordinator');
      await callerFor(source, coordinator).sync.push({
        clientId: randomUUID(),
        schemaVersion: 1,
        appVersion: 't',
        mutations: creates(1, 12),
      });
    });
    afterAll(async () => {
      for (const d of opened) await d.close();
    });

    it('devices start over and receive everything, then what follows', async () => {
      const clientId = randomUUID();
      const pull = (database: Database) => (cursor: string | null) =>
        callerFor(database, coordinator).sync.pull({ clientId, cursor });
      const device = await new Replica().follow(pull(source));
      const before = device.keys();
      expect(before.filter((k) => k.startsWith('interventions:'))).toHaveLength(12);

      // A backup from a busier cluster: its transaction ids are far above this one's.
      const { sql } = await backupToSql(source);
      const busier = sql.replace(
        /"txid":"?(\d+)"?/g,
        (_m, t: string) => `"txid":"${BigInt(t) + 10n ** 12n}"`,
      );
      expect(busier).not.toBe(sql);
      const target = await kind.open();
      opened.push(target);
      await restoreSql(target, busier);

      const first = await pull(target)(device.cursor);
      expect(first.reset).toBe(true);
      device.apply(first);
      await device.follow(pull(target));
      expect(device.keys()).toEqual(before);

      // New work on the restored server arrives after the restored history.
      await callerFor(target, coordinator).sync.push({
        clientId: randomUUID(),
        schemaVersion: 1,
        appVersion: 't',
        mutations: creates(1, 3),
      });
      const resets = device.resets;
      await device.follow(pull(target));
      expect(device.resets).toBe(resets);
      expect(device.keys().filter((k) => k.startsWith('interventions:'))).toHaveLength(15);
    });
  });
}
