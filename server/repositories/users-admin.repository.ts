// SQL of the users administration: the people list, account state, sessions and set-password links.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Role } from '../../shared/schemas/auth.ts';

export interface UserListRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled_at: Date | null;
  created_at: Date;
  last_sign_in_at: Date | null;
  active_sessions: number;
}

export async function listUsers(db: Kysely<DB>, now: Date): Promise<UserListRow[]> {
  const res = await sql<UserListRow>`
    select u.id, u.email, u.name, u.role, u.disabled_at, u.created_at,
      (select max(a.at) from audit_log a where a.actor_id = u.id and a.action = 'auth.login') as last_sign_in_at,
      (select count(*)::int from sessions s where s.user_id = u.id and s.expires_at > ${now}) as active_sessions
    from users u order by u.disabled_at is not null, u.name, u.email`.execute(db);
  return res.rows;
}

export function listUserZones(db: Kysely<DB>): Promise<{ user_id: string; zone_id: string }[]> {
  return db.selectFrom('user_zones').select(['user_id', 'zone_id']).orderBy('zone_id').execute();
}

export function listDevices(
  db: Kysely<DB>,
): Promise<{ client_id: string; user_id: string; app_version: string | null; last_seen_at: Date }[]> {
  return db
    .selectFrom('sync_clients')
    .select(['client_id', 'user_id', 'app_version', 'last_seen_at'])
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export function findUser(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'disabled_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setRole(db: Kysely<DB>, id: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function setPasswordHash(db: Kysely<DB>, id: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setDisabled(db: Kysely<DB>, id: string, disabledAt: Date | null): Promise<void> {
  await db
    .updateTable('users')
    .set({ disabled_at: disabledAt, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertPasswordLink(
  db: Kysely<DB>,
  link: { tokenHash: string; userId: string; createdBy: string | null; expiresAt: Date },
): Promise<void> {
  // A new link replaces the unused ones: only the latest one sent works.
  await db
    .deleteFrom('password_links')
    .where('user_id', '=', link.userId)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('password_links')
    .values({
      token_hash: link.tokenHash,
      user_id: link.userId,
      created_by: link.createdBy,
      expires_at: link.expiresAt,
    })
    .execute();
}

/** Marks the link used and returns its user, when it is unused and not expired (one statement: no race). */
export async function consumePasswordLink(
  db: Kysely<DB>,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable('password_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}
