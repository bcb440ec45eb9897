// The double opt-in and later e-mails of "keep me informed" registrations (operations).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export async function setConfirmToken(db: Kysely<DB>, id: string, tokenHash: string): Promise<void> {
  await db
    .updateTable('interest_registrations')
    .set({ confirm_token_hash: tokenHash })
    .where('id', '=', id)
    .execute();
}

/** Confirms the registration holding this token; true when one did (again or for the first time). */
export async function confirmByToken(db: Kysely<DB>, tokenHash: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('interest_registrations')
    .set({ confirmed_at: sql`coalesce(confirmed_at, ${now})`, updated_at: sql`now()` })
    .where('confirm_token_hash', '=', tokenHash)
    .where('retention_until', '>', now)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function unsubscribeByToken(db: Kysely<DB>, tokenHash: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('interest_registrations')
    .set({ unsubscribed_at: sql`coalesce(unsubscribed_at, ${now})`, notify: false, updated_at: sql`now()` })
    .where('unsubscribe_token_hash', '=', tokenHash)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Confirmed "connect" registrations with an e-mail that asked to be told and were not told yet. */
export function awaitingCoverage(
  db: Kysely<DB>,
  now: Date,
  limit: number,
): Promise<{ id: string; lat: number; lon: number }[]> {
  return db
    .selectFrom('interest_registrations')
    .select(['id', 'lat', 'lon'])
    .where('kind', '=', 'connect')
    .where('email', 'is not', null)
    .where('notify', '=', true)
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .where('eligible_notified_at', 'is', null)
    .where('retention_until', '>', now)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/**
 * Marks the registration told, once: returns its e-mail only to the caller that flipped the flag, so
 * two processes scanning at once cannot both send the e-mail.
 */
export async function claimEligibleNotice(
  db: Kysely<DB>,
  id: string,
  unsubscribeTokenHash: string,
  now: Date,
): Promise<string | null> {
  const row = await db
    .updateTable('interest_registrations')
    .set({ eligible_notified_at: now, unsubscribe_token_hash: unsubscribeTokenHash })
    .where('id', '=', id)
    .where('eligible_notified_at', 'is', null)
    .where('unsubscribed_at', 'is', null)
    .returning('email')
    .executeTakeFirst();
  return row?.email ?? null;
}
