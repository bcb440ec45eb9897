// Users administration: the rules behind the console's people screen and the admin CLI verbs.
// Any change that touches who someone is (password, role, disabled) ends their other sessions at once,
// so a lost phone or a demoted account cannot keep acting on an old cookie. Every change is audited.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Role, SessionUser } from '../../shared/schemas/auth.ts';
import type {
  CreateUserInput,
  CredentialMode,
  CredentialOutput,
  UserSummary,
} from '../../shared/schemas/users.ts';
import * as repo from '../repositories/users-admin.repository.ts';
import * as sessions from '../repositories/sessions.repository.ts';
import * as zonesRepo from '../repositories/zones.repository.ts';
import { findUserByEmail } from '../repositories/users.repository.ts';
import { audit } from '../repositories/audit.repository.ts';
import { hashPassword, hashToken, upsertUser } from './auth.service.ts';
import { generatePassword } from './passwords.ts';

const LINK_VALID_MS = 24 * 3_600_000;

/** Who acts: an admin in the console (their session is kept), or the CLI (null). */
export interface Actor {
  id: string;
  sessionTokenHash?: string;
}

export async function listUsers(db: Kysely<DB>): Promise<UserSummary[]> {
  const [rows, zones, devices] = await Promise.all([
    repo.listUsers(db, new Date()),
    repo.listUserZones(db),
    repo.listDevices(db),
  ]);
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    disabledAt: u.disabled_at?.toISOString() ?? null,
    createdAt: u.created_at.toISOString(),
    lastSignInAt: u.last_sign_in_at ? new Date(u.last_sign_in_at).toISOString() : null,
    activeSessions: u.active_sessions,
    zoneIds: zones.filter((z) => z.user_id === u.id).map((z) => z.zone_id),
    devices: devices
      .filter((d) => d.user_id === u.id)
      .map((d) => ({
        clientId: d.client_id,
        appVersion: d.app_version,
        lastSyncAt: d.last_seen_at.toISOString(),
      })),
  }));
}

async function issueCredential(
  db: Kysely<DB>,
  userId: string,
  mode: CredentialMode,
  actor: Actor | null,
): Promise<CredentialOutput> {
  if (mode === 'password') {
    const password = generatePassword();
    await repo.setPasswordHash(db, userId, await hashPassword(password));
    return { password };
  }
  // The account cannot be opened until the link is used: its current password is replaced by one
  // nobody knows.
  await repo.setPasswordHash(db, userId, await hashPassword(randomBytes(32).toString('hex')));
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + LINK_VALID_MS);
  await repo.insertPasswordLink(db, {
    tokenHash: hashToken(token),
    userId,
    createdBy: actor?.id ?? null,
    expiresAt,
  });
  return { linkToken: token, linkExpiresAt: expiresAt.toISOString() };
}

export async function createUser(
  db: Kysely<DB>,
  actor: Actor,
  input: CreateUserInput,
): Promise<CredentialOutput & { user: SessionUser }> {
  if (await findUserByEmail(db, input.email)) throw new DomainError('EMAIL_TAKEN');
  return db.transaction().execute(async (trx) => {
    await checkZones(trx, input.zoneIds);
    const { user } = await upsertUser(
      trx,
      { email: input.email, name: input.name, role: input.role, password: randomBytes(24).toString('hex') },
      actor.id,
    );
    const credential = await issueCredential(trx, user.id, input.credential, actor);
    if (input.zoneIds.length) await zonesRepo.setUserZones(trx, user.id, input.zoneIds);
    await audit(trx, {
      actorId: actor.id,
      action: 'user.credential',
      targetTable: 'users',
      targetId: user.id,
      details: { mode: input.credential, zones: input.zoneIds },
    });
    return { user, ...credential };
  });
}

async function target(db: Kysely<DB>, id: string) {
  const user = await repo.findUser(db, id);
  if (!user) throw new DomainError('NOT_FOUND', 'Utilisateur introuvable.');
  return user;
}

function notSelf(actor: Actor | null, id: string): void {
  if (actor?.id === id) throw new DomainError('NOT_ON_YOURSELF');
}

export async function setRole(db: Kysely<DB>, actor: Actor | null, id: string, role: Role): Promise<void> {
  notSelf(actor, id);
  await db.transaction().execute(async (trx) => {
    const user = await target(trx, id);
    if (user.role === role) return;
    await repo.setRole(trx, id, role);
    const ended = await sessions.deleteUserSessions(trx, id);
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: 'user.role',
      targetTable: 'users',
      targetId: id,
      details: { before: user.role, after: role, sessionsEnded: ended },
    });
  });
}

export async function resetPassword(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  mode: CredentialMode,
): Promise<CredentialOutput> {
  return db.transaction().execute(async (trx) => {
    await target(trx, id);
    const credential = await issueCredential(trx, id, mode, actor);
    // The admin resetting their own password keeps the session they are using.
    const keep = actor?.id === id ? actor.sessionTokenHash : undefined;
    const ended = await sessions.deleteUserSessions(trx, id, keep);
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: 'user.password_reset',
      targetTable: 'users',
      targetId: id,
      details: { mode, sessionsEnded: ended },
    });
    return credential;
  });
}

export async function setDisabled(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  disabled: boolean,
): Promise<void> {
  notSelf(actor, id);
  await db.transaction().execute(async (trx) => {
    const user = await target(trx, id);
    if ((user.disabled_at !== null) === disabled) return;
    await repo.setDisabled(trx, id, disabled ? new Date() : null);
    const ended = disabled ? await sessions.deleteUserSessions(trx, id) : 0;
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: disabled ? 'user.disable' : 'user.enable',
      targetTable: 'users',
      targetId: id,
      details: disabled ? { sessionsEnded: ended } : undefined,
    });
  });
}

/** "Lost phone": every session of the user ends; their next request asks them to log in again. */
export async function revokeSessions(db: Kysely<DB>, actor: Actor | null, id: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await target(trx, id);
    const keep = actor?.id === id ? actor.sessionTokenHash : undefined;
    const ended = await sessions.deleteUserSessions(trx, id, keep);
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: 'user.revoke_sessions',
      targetTable: 'users',
      targetId: id,
      details: { sessionsEnded: ended },
    });
    return ended;
  });
}

async function checkZones(db: Kysely<DB>, zoneIds: readonly string[]): Promise<void> {
  for (const z of zoneIds) {
    if (!(await zonesRepo.zoneExists(db, z)))
      throw new DomainError('UNKNOWN_REFERENCE', `Zone « ${z} » inconnue.`);
  }
}

/** Sets a user's working zones; their device's next pull brings the new zones and drops the others. */
export async function assignZones(
  db: Kysely<DB>,
  actor: Actor | null,
  id: string,
  zoneIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(zoneIds)].sort();
  await db.transaction().execute(async (trx) => {
    await target(trx, id);
    await checkZones(trx, unique);
    const before = await zonesRepo.userZoneIds(trx, id);
    if (before.join('\n') === unique.join('\n')) return;
    await zonesRepo.setUserZones(trx, id, unique);
    await audit(trx, {
      actorId: actor?.id ?? null,
      action: 'user.zones',
      targetTable: 'users',
      targetId: id,
      details: { before, after: unique },
    });
  });
}

/** The one-time link's page: sets the password and ends any session the account had. */
export async function setPasswordWithLink(db: Kysely<DB>, token: string, password: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const userId = await repo.consumePasswordLink(trx, hashToken(token), new Date());
    if (!userId) throw new DomainError('LINK_EXPIRED');
    await repo.setPasswordHash(trx, userId, await hashPassword(password));
    await sessions.deleteUserSessions(trx, userId);
    await audit(trx, {
      actorId: userId,
      action: 'user.password_set',
      targetTable: 'users',
      targetId: userId,
    });
  });
}

/** For the CLI: the user with that e-mail, or a clear error. */
export async function userIdByEmail(db: Kysely<DB>, email: string): Promise<string> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new DomainError('NOT_FOUND', `No user with e-mail ${email}.`);
  return user.id;
}
