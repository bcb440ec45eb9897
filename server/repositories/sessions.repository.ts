import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { UserRow } from './users.repository.ts';

export async function insertSession(
  db: Kysely<DB>,
  s: { tokenHash: string; userId: string; expiresAt: Date; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: s.tokenHash, user_id: s.userId, expires_at: s.expiresAt, user_agent: s.userAgent })
    .execute();
}

/** The live session's user, or undefined when the session is unknown, expired or the user disabled. */
export function findSessionUser(
  db: Kysely<DB>,
  tokenHash: string,
  now: Date,
): Promise<(Pick<UserRow, 'id' | 'email' | 'name' | 'role'> & { last_seen_at: Date }) | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role', 'sessions.last_seen_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** Ends every session of the user but the one whose hash is kept (the admin's own, when it is theirs). */
export async function deleteUserSessions(
  db: Kysely<DB>,
  userId: string,
  keepTokenHash?: string,
): Promise<number> {
  const res = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .$if(keepTokenHash !== undefined, (q) => q.where('token_hash', '<>', keepTokenHash ?? ''))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
