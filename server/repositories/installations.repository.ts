// Installations: equipment at members' homes.
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB, InstallationsTable } from '../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Inserts the rows whose id is new (a replayed create is skipped); returns the ids inserted. Only the
 * id conflict is absorbed: a second active ONT serial still fails on installations_active_ont_key.
 */
export async function insertInstallationsIfAbsent(
  db: Db,
  rows: Insertable<InstallationsTable>[],
): Promise<string[]> {
  if (!rows.length) return [];
  const res = await db
    .insertInto('installations')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return res.map((r) => r.id);
}

export async function updateInstallation(
  db: Db,
  id: string,
  columns: Updateable<InstallationsTable>,
): Promise<void> {
  await db
    .updateTable('installations')
    .set({ ...columns, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** The active installation of a (normalised) ONT serial, as JSON; served by installations_active_ont_key. */
export async function findActiveByOntSerial(
  db: Db,
  serial: string,
): Promise<Record<string, unknown> | undefined> {
  const res = await sql<{ row: Record<string, unknown> }>`
    select to_jsonb(i) as row from installations i
    where i.ont_serial = ${serial} and i.status = 'active'`.execute(db);
  return res.rows[0]?.row;
}
