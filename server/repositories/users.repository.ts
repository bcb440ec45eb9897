import type { Kysely, Selectable } from 'kysely';
import type { DB, UsersTable } from '../db/schema.ts';
import type { Role, SessionUser } from '../../shared/schemas/auth.ts';

export type UserRow = Selectable<UsersTable>;

export function toSessionUser(row: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>): SessionUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function insertUser(
  db: Kysely<DB>,
  user: { id: string; email: string; name: string; role: Role; passwordHash: string },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
    })
    .execute();
}

export async function updateUser(
  db: Kysely<DB>,
  id: string,
  changes: { name: string; role: Role; passwordHash: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      name: changes.name,
      role: changes.role,
      password_hash: changes.passwordHash,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Ids and names only (no e-mail): what a coordinator's filter or a "who" column needs. */
export function listUserNames(db: Kysely<DB>, role: Role): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('users').select(['id', 'name']).where('role', '=', role).orderBy('name').execute();
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A user who can be sent on a visit: exists, not disabled. */
export function findActiveUser(
  db: Kysely<DB>,
  id: string,
): Promise<Pick<UserRow, 'id' | 'name' | 'role'> | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}
