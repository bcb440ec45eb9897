// Every integration suite runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set. Without
// it the PostgreSQL runs are absent from each suite's list, so this suite is where their absence shows:
// skipped, with the reason in its title, rather than silently missing.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresSkipReason, testDatabases } from '../testing/databases.ts';

const postgres = testDatabases.find((k) => k.name === 'postgres');

describe.skipIf(!postgres)(`integration suites on PostgreSQL ${postgresSkipReason ?? ''}`, () => {
  it('opens a fresh, migrated PostgreSQL database for each suite', async () => {
    const database = await postgres!.open();
    try {
      expect(database.kind).toBe('postgres');
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(
        database.db,
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  });
});
