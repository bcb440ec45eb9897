import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { consume } from './rate-limit.ts';
import { postgresSkipReason, testDatabases } from './testing/databases.ts';

for (const kind of testDatabases) {
  describe(`rate limits on ${kind.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await kind.open();
    });
    afterAll(() => database.close());

    it('allows the limit within a minute, then refuses, then allows again in the next window', async () => {
      const t0 = new Date(Date.UTC(2026, 11, 2, 4, 0, 5));
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await consume(database.db, 'ip:a', 3, t0));
      expect(results).toEqual([true, true, true, false]);
      expect(await consume(database.db, 'ip:b', 3, t0)).toBe(true); // keys are independent
      expect(await consume(database.db, 'ip:a', 3, new Date(t0.getTime() + 60_000))).toBe(true);
    });

    it('counts concurrent hits exactly once each', async () => {
      const now = new Date(Date.UTC(2026, 11, 2, 4, 10, 0));
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => consume(database.db, 'burst', 5, now)),
      );
      expect(answers.filter(Boolean)).toHaveLength(5);
    });
  });
}

const pg = testDatabases.find((k) => k.createUrl);
describe.skipIf(!pg)(`rate limits across processes (PostgreSQL) ${postgresSkipReason ?? ''}`, () => {
  it('holds the limit for two servers sharing one database', async () => {
    const created = await pg?.createUrl?.();
    if (!created) throw new Error('no PostgreSQL');
    // Two pools on one database: what two server processes behind a proxy hold.
    const a = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 2 });
    const b = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 2 });
    try {
      await migrate(a);
      const now = new Date();
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await consume(i % 2 ? a.db : b.db, '10.0.0.1:x', 4, now));
      expect(answers).toEqual([true, true, true, true, false, false]);
    } finally {
      await a.close();
      await b.close();
      await created.drop();
    }
  });
});
