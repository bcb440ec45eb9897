// Sync bookkeeping: devices (sync_clients), savepoints around each mutation, synced rows read as JSON.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SyncTable } from '../../shared/schemas/sync.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Registers the device on its first push and locks its row until the push commits: two pushes of one
 * device (a retry racing the original) run one after the other, and the second sees the first's
 * last_mutation_id. ON CONFLICT DO UPDATE always locks and returns the latest committed version.
 */
export async function lockClient(
  trx: Transaction<DB>,
  client: { clientId: string; userId: string },
): Promise<{ userId: string; lastMutationId: number }> {
  const row = await trx
    .insertInto('sync_clients')
    .values({ client_id: client.clientId, user_id: client.userId })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ last_seen_at: sql`now()` }))
    .returning(['user_id', 'last_mutation_id'])
    .executeTakeFirstOrThrow();
  return { userId: row.user_id, lastMutationId: row.last_mutation_id };
}

export async function finishPush(
  trx: Transaction<DB>,
  client: { clientId: string; lastMutationId: number; schemaVersion: number; appVersion: string },
): Promise<void> {
  await trx
    .updateTable('sync_clients')
    .set({
      last_mutation_id: client.lastMutationId,
      schema_version: client.schemaVersion,
      app_version: client.appVersion,
      last_seen_at: sql`now()`,
    })
    .where('client_id', '=', client.clientId)
    .execute();
}

export async function findClientOwner(db: Db, clientId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('sync_clients')
    .select('user_id')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row?.user_id;
}

/** The change log's epoch (migration 20261121001500): renewed by every restore. */
export async function readEpoch(db: Db): Promise<{ token: string; restoredMaxId: number | null }> {
  const res = await sql<{ token: string; restored_max_id: number | null }>`
    select token, restored_max_id from terrain_sync.epoch`.execute(db);
  const row = res.rows[0];
  if (!row) throw new Error('terrain_sync.epoch is empty');
  return { token: row.token, restoredMaxId: row.restored_max_id };
}

export async function userZoneIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_zones')
    .select('zone_id')
    .where('user_id', '=', userId)
    .orderBy('zone_id')
    .execute();
  return rows.map((r) => r.zone_id);
}

// One mutation = one savepoint: a rejected mutation rolls back only its own writes. The name is reused:
// each savepoint is released or rolled back before the next one is set.
export async function savepoint(trx: Transaction<DB>): Promise<void> {
  await sql`savepoint terrain_mutation`.execute(trx);
}
export async function releaseSavepoint(trx: Transaction<DB>): Promise<void> {
  await sql`release savepoint terrain_mutation`.execute(trx);
}
export async function rollbackToSavepoint(trx: Transaction<DB>): Promise<void> {
  await sql`rollback to savepoint terrain_mutation`.execute(trx);
}

/**
 * A synced row as JSON (the same form the change log carries, so one converter serves both), optionally
 * locked FOR UPDATE until the transaction ends.
 */
export async function findRowJson(
  db: Db,
  table: SyncTable,
  id: string,
  lock: boolean,
): Promise<Record<string, unknown> | undefined> {
  const res = await sql<{ row: Record<string, unknown> }>`
    select to_jsonb(t) as row from ${sql.table(table)} t where t.id = ${id}
    ${lock ? sql`for update` : sql``}`.execute(db);
  return res.rows[0]?.row;
}
