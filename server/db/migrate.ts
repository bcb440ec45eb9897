// Forward-only SQL migrations, one change a file, applied in file-name order on both engines.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Arbitrary constant: several app processes starting together on one PostgreSQL migrate one at a time.
const MIGRATION_LOCK = 72_610_001;

function listMigrations(): { name: string; sql: string }[] {
  return readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(migrationsDir, name), 'utf8') }));
}

export async function migrate(database: Database): Promise<string[]> {
  const { db } = database;
  await database.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      const done = await sql<{ name: string }>`select name from schema_migrations`.execute(conn);
      const doneNames = new Set(done.rows.map((r) => r.name));
      for (const m of listMigrations()) {
        if (doneNames.has(m.name)) continue;
        // exec() runs outside this connection on PostgreSQL, so wrap the script in its own transaction.
        await database.exec(
          `BEGIN;\n${m.sql}\n;INSERT INTO schema_migrations (name) VALUES ('${m.name.replace(/'/g, "''")}');\nCOMMIT;`,
        );
        applied.push(m.name);
      }
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return applied;
}
