// Integration tests run on both engines: PGlite in memory always, PostgreSQL when TEST_DATABASE_URL is set.
// Each opened PostgreSQL database is a fresh one, created from TEST_DATABASE_URL and dropped on close.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

export interface TestDatabaseKind {
  name: 'pglite' | 'postgres';
  /** A migrated, empty database; close() removes it. */
  open(): Promise<Database>;
  /** For multi-process tests: the URL of a freshly created database (postgres only). */
  createUrl?(): Promise<{ url: string; drop(): Promise<void> }>;
}

const baseUrl = process.env.TEST_DATABASE_URL;

/** Why PostgreSQL suites are skipped, or null when they run: reported by `describe.skipIf` titles. */
export const postgresSkipReason: string | null = baseUrl
  ? null
  : 'skipped: TEST_DATABASE_URL is not set (PostgreSQL runs)';

async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!baseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `terrain_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export const testDatabases: TestDatabaseKind[] = [
  {
    name: 'pglite',
    open: async () => {
      const database = await openDatabase({ kind: 'pglite', dataDir: null });
      await migrate(database);
      return database;
    },
  },
  ...(baseUrl
    ? [
        {
          name: 'postgres' as const,
          createUrl: createPgDatabase,
          open: async () => {
            const created = await createPgDatabase();
            const database = await openDatabase({ kind: 'postgres', url: created.url, poolSize: 8 });
            await migrate(database);
            return {
              ...database,
              close: async () => {
                await database.close();
                await created.drop();
              },
            };
          },
        },
      ]
    : []),
];
