// Tokens of incoming monitoring webhooks, stored as SHA-256 hashes.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Creates the named token, or replaces the hash of an existing name (a lost token is re-issued). */
export async function upsertHookToken(
  db: Kysely<DB>,
  row: { id: string; name: string; tokenHash: string },
): Promise<void> {
  await db
    .insertInto('hook_tokens')
    .values({ id: row.id, name: row.name, token_hash: row.tokenHash })
    .onConflict((oc) => oc.column('name').doUpdateSet({ token_hash: row.tokenHash, last_used_at: null }))
    .execute();
}

/** The token's name when the hash is known; marks it used. */
export async function useHookToken(db: Kysely<DB>, tokenHash: string): Promise<string | null> {
  const row = await db
    .updateTable('hook_tokens')
    .set({ last_used_at: sql`now()` })
    .where('token_hash', '=', tokenHash)
    .returning('name')
    .executeTakeFirst();
  return row?.name ?? null;
}
