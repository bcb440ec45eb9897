// Guarantee 4: following the cursor yields every committed change, even when transactions commit out of
// the order they started in, with several server processes writing to one PostgreSQL.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { makeUser } from '../../testing/caller.ts';
import { testDatabases } from '../../testing/databases.ts';
import { creates, Replica, seedTwoZones } from '../../testing/sync-fixtures.ts';
import { callerFor } from '../../testing/caller.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import { pullChanges } from './pull.ts';

const writerScript = join(import.meta.dirname, '..', '..', 'testing', 'change-writer.ts');

function runWriter(url: string, name: string, transactions: number, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', writerScript, url, name, String(transactions), String(seed)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`writer ${name} exited ${code}: ${err}`));
      const printed = z
        .object({ committed: z.array(z.string()) })
        .safeParse(JSON.parse(out.trim().split('\n').at(-1) ?? '{}'));
      if (!printed.success) return reject(new Error(`writer ${name} printed ${out}`));
      resolve(printed.data.committed);
    });
  });
}

for (const kind of testDatabases) {
  describe(`no change skipped on ${kind.name}`, () => {
    it('re-pulling with an earlier cursor (a device that crashed before saving it) returns the same changes', async () => {
      const database = await kind.open();
      try {
        await seedTwoZones(database);
        const tech = await makeUser(database, 'technician');
        await callerFor(database, tech).sync.push({
          clientId: randomUUID(),
          schemaVersion: 1,
          appVersion: 't',
          mutations: creates(1, 30),
        });
        const admin = await makeUser(database, 'admin');
        const clientId = randomUUID();
        const pull = (cursor: string | null) =>
          pullChanges(database.db, admin, { clientId, cursor }, { pageSize: 8, maxBytes: 1e6 });
        const first = await pull(null);
        const second = await pull(first.cursor);
        expect(await pull(first.cursor)).toEqual(second);
        expect(second.changes.length).toBe(8);
        expect(second.changes.map((c) => c.id)).not.toContain(first.changes[0]?.id);
      } finally {
        await database.close();
      }
    });

    const createUrl = kind.createUrl;
    if (createUrl) {
      describe('with concurrent writers', () => {
        let created: { url: string; drop(): Promise<void> };
        let database: Database;
        let admin: SessionUser;
        beforeAll(async () => {
          created = await createUrl();
          database = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 4 });
          await migrate(database);
          admin = await makeUser(database, 'admin');
        });
        afterAll(async () => {
          await database.close();
          await created.drop();
        });

        it('a transaction that started first but commits last is not skipped', async () => {
          const early = new pg.Client({ connectionString: created.url });
          const late = new pg.Client({ connectionString: created.url });
          await Promise.all([early.connect(), late.connect()]);
          try {
            const clientId = randomUUID();
            const device = await new Replica().follow((cursor) =>
              pullChanges(database.db, admin, { clientId, cursor }),
            );
            await early.query('begin');
            await early.query(`insert into zones (id, name) values ('early', 'early')`);
            await late.query('begin');
            await late.query(`insert into zones (id, name) values ('late', 'late')`);
            await late.query('commit');
            // 'late' is committed, but 'early' (an older transaction) is still running: nothing is
            // released past it yet, so the cursor cannot move beyond where 'early' will land.
            await device.follow((cursor) => pullChanges(database.db, admin, { clientId, cursor }));
            expect(device.keys('zones')).toEqual([]);
            await early.query('commit');
            await device.follow((cursor) => pullChanges(database.db, admin, { clientId, cursor }));
            expect(device.keys('zones')).toEqual(['zones:early', 'zones:late']);
          } finally {
            await Promise.all([early.end(), late.end()]);
          }
        });

        it('1,000 randomly interleaved transactions from two processes: every committed change seen once', async () => {
          const seed = Date.now() % 1_000_000;
          const clientId = randomUUID();
          const seen: string[] = [];
          let cursor: string | null = null;
          const pullOnce = async () => {
            const page = await pullChanges(
              database.db,
              admin,
              { clientId, cursor },
              { pageSize: 50, maxBytes: 1e6 },
            );
            for (const c of page.changes) {
              if (c.table === 'zones' && c.row && /^w[12]-/.test(c.row.id))
                seen.push(`${c.row.id}|${c.row.name}`);
            }
            cursor = page.cursor;
            return page;
          };
          let writing = true;
          const writers = Promise.all([
            runWriter(created.url, 'w1', 500, seed),
            runWriter(created.url, 'w2', 500, seed + 1),
          ]).finally(() => (writing = false));
          let pulls = 0;
          while (writing) {
            await pullOnce();
            pulls++;
          }
          const committed = (await writers).flat();
          // The writers are done; what is left drains in a few pages.
          for (let i = 0; i < 1000 && (await pullOnce()).more; i++);
          const message = `seed ${seed}, ${pulls} pulls during the writes`;
          expect(seen.length, message).toBe(new Set(seen).size); // no duplicates
          expect([...seen].sort(), message).toEqual([...committed].sort());
          expect(committed.length).toBeGreaterThan(1000);
          expect(pulls).toBeGreaterThan(10);
        });
      });
    }
  });
}
