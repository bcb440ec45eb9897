// backup → restore across engines gives identical data (compared as the backups they produce).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../testing/databases.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { backupToSql, restoreSql } from './backup.ts';

// The dollar-quote tag is random per backup; everything else must match byte for byte.
const normalise = (s: string) => s.replace(/\$terrain_[0-9a-f]+\$/g, '$tag$');

describe('backup and restore', () => {
  const opened: Database[] = [];
  const open = async (i: number) => {
    const kind = testDatabases[i % testDatabases.length];
    if (!kind) throw new Error('no database');
    const db = await kind.open();
    opened.push(db);
    return db;
  };
  let source: Database;
  beforeAll(async () => {
    source = await open(0);
    await seedDemoIfEmpty(source.db);
  });
  afterAll(async () => {
    for (const d of opened) await d.close();
  });

  it('restores a PGlite backup into the other engine and back with identical data', async () => {
    const first = await backupToSql(source);
    expect(first.rows).toBeGreaterThan(350);
    const target = await open(1); // PostgreSQL when TEST_DATABASE_URL is set, else another PGlite
    const restored = await restoreSql(target, first.sql);
    expect(restored.rows).toBe(first.rows);
    const second = await backupToSql(target);
    expect(normalise(second.sql)).toBe(normalise(first.sql));

    const back = await open(0);
    await restoreSql(back, second.sql);
    expect(normalise((await backupToSql(back)).sql)).toBe(normalise(first.sql));
  });

  it('keeps sequences moving past restored ids', async () => {
    const target = await open(1);
    await restoreSql(target, (await backupToSql(source)).sql);
    const max = await target.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirst();
    const inserted = await target.db
      .insertInto('audit_log')
      .values({ action: 'test', actor_id: null, target_table: null, target_id: null, details: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(inserted.id).toBeGreaterThan(Number(max?.m ?? 0));
  });

  it('refuses a file that is not a Terrain backup, changing nothing', async () => {
    const target = await open(0);
    await expect(restoreSql(target, 'DROP TABLE users;')).rejects.toThrow(/not a Terrain backup/);
    expect(await target.db.selectFrom('users').selectAll().execute()).toEqual([]);
  });
});
