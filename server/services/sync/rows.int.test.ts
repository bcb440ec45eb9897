// The row schemas of shared/schemas and the migrated tables describe the same columns: a column added by
// a migration must reach the schema (and so the devices) or be declared server-only here, and a schema
// field must have its column. Runs on both databases' information_schema.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncedRowSchemas, syncTables, type SyncTable } from '../../../shared/schemas/sync.ts';
import type { Database } from '../../db/database.ts';
import { testDatabases } from '../../testing/databases.ts';
import { schemaKeyOf, toDomainRow } from './rows.ts';

/** Columns that never leave the server, with why. */
const serverOnly: { [T in SyncTable]: string[] } = {
  // Creation times of reference rows: devices go by updated_at. A manual zone is the console's concern.
  sites: ['created_at', 'zone_manual'],
  sectors: ['created_at'],
  buildings: ['created_at', 'zone_manual'],
  fibre_zones: ['created_at'],
  fibre_nodes: ['created_at'],
  fibre_points: ['created_at'],
  // A zone's outline is drawn in the console; devices only need its name.
  zones: ['created_at', 'geometry'],
  // The device that last wrote it: the sync engine's bookkeeping.
  interventions: ['updated_by_client'],
  // Who removed it and when: audited; the device sees the status.
  installations: ['removed_at', 'removed_by'],
  // Who planned the visit and when: the console's.
  installation_jobs: ['created_at', 'created_by'],
};

for (const kind of testDatabases) {
  describe(`synced row schemas on ${kind.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await kind.open();
    });
    afterAll(() => database.close());

    async function columns(table: string): Promise<{ name: string; type: string }[]> {
      const { rows } = await sql<{ name: string; type: string }>`
        select column_name as name, data_type as type from information_schema.columns
        where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(
        database.db,
      );
      return rows;
    }

    it('every column is in its schema or declared server-only, every schema field has its column', async () => {
      const unmapped: Record<string, string[]> = {};
      const fieldsWithoutColumn: Record<string, string[]> = {};
      const oddTimestamps: string[] = [];
      for (const table of syncTables) {
        const cols = await columns(table);
        unmapped[table] = cols
          .map((c) => c.name)
          .filter((c) => !schemaKeyOf(table, c))
          .sort();
        const filled = new Set(cols.map((c) => schemaKeyOf(table, c.name)));
        fieldsWithoutColumn[table] = Object.keys(syncedRowSchemas[table].shape).filter((k) => !filled.has(k));
        // Timestamps are read back as ISO times by their name: every timestamp column follows the rule.
        for (const c of cols) {
          if (c.type.startsWith('timestamp') && !/_(at|for)$/.test(c.name))
            oddTimestamps.push(`${table}.${c.name}`);
        }
      }
      expect(unmapped).toEqual(serverOnly);
      expect(fieldsWithoutColumn).toEqual(Object.fromEntries(syncTables.map((t) => [t, []])));
      expect(oddTimestamps).toEqual([]);
    });

    it('refuses a row that drifted from its schema, naming the table and field', () => {
      expect(() =>
        toDomainRow('sectors', { id: 's1', site_id: 'x', azimuth_deg: 'north', updated_at: '2026-01-01' }),
      ).toThrow(/sectors row s1:[\s\S]*azimuthDeg/);
    });
  });
}
