// Password and session rules. Tokens are random; the database keeps only their SHA-256.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import type { CreateUserArgs, SessionUser } from '../../shared/schemas/auth.ts';
import * as users from '../repositories/users.repository.ts';
import * as sessions from '../repositories/sessions.repository.ts';
import { audit } from '../repositories/audit.repository.ts';
import { consume } from '../rate-limit.ts';
import { loginFailed, loginSucceeded, waitBeforeLogin } from './login-guard.ts';

export const SESSION_COOKIE = 'terrain_session';

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps a login under ~100 ms on a small server.
const hashOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, hashOptions);
}

// Verifying against a fixed hash when the user is unknown keeps timing from revealing which emails exist.
let dummyHash: Promise<string> | null = null;

async function verifyCredentials(db: Kysely<DB>, email: string, password: string): Promise<SessionUser> {
  const row = await users.findUserByEmail(db, email);
  if (!row || row.disabled_at) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(await dummyHash, password);
    throw new DomainError('BAD_CREDENTIALS');
  }
  if (!(await argon2.verify(row.password_hash, password))) throw new DomainError('BAD_CREDENTIALS');
  return users.toSessionUser(row);
}

/** Any accounts, one address: bounds password spraying. Counted per minute, across processes. */
const LOGIN_ATTEMPTS_PER_IP_PER_MINUTE = 30;

export class LoginThrottled extends Error {
  constructor(readonly waitSeconds: number) {
    super(`Trop de tentatives : réessayez dans ${waitSeconds} s.`);
  }
}

/**
 * A login attempt from `ip`: refused early while that address must wait (LoginThrottled), counted and
 * audited when it fails, clearing the address's failures when it succeeds.
 */
export async function logIn(
  db: Kysely<DB>,
  attempt: { email: string; password: string; ip: string },
): Promise<SessionUser> {
  const { email, ip } = attempt;
  if (!(await consume(db, `login-ip:${ip}`, LOGIN_ATTEMPTS_PER_IP_PER_MINUTE))) throw new LoginThrottled(60);
  const wait = await waitBeforeLogin(db, email, ip);
  if (wait > 0) throw new LoginThrottled(wait);
  try {
    const user = await verifyCredentials(db, email, attempt.password);
    await loginSucceeded(db, email, ip);
    await audit(db, { actorId: user.id, action: 'auth.login', details: { ip } });
    return user;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const failures = await loginFailed(db, email, ip);
    const known = await users.findUserByEmail(db, email);
    await audit(db, {
      actorId: null,
      action: 'auth.login_failed',
      ...(known ? { targetTable: 'users', targetId: known.id } : {}),
      details: { ip, failures, knownAccount: Boolean(known) },
    });
    throw error;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Kysely<DB>,
  userId: string,
  days: number,
  userAgent: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  // Expired sessions are useless and hold who logged in when: cleared at each login, which is rare.
  await sessions.deleteExpiredSessions(db, new Date());
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await sessions.insertSession(db, { tokenHash: hashToken(token), userId, expiresAt, userAgent });
  return { token, expiresAt };
}

export async function sessionUser(db: Kysely<DB>, token: string): Promise<SessionUser | null> {
  const now = new Date();
  const tokenHash = hashToken(token);
  const row = await sessions.findSessionUser(db, tokenHash, now);
  if (!row) return null;
  // Refresh last_seen at most every 10 minutes: avoids a write on every request.
  if (now.getTime() - row.last_seen_at.getTime() > 600_000) await sessions.touchSession(db, tokenHash, now);
  return users.toSessionUser(row);
}

export function endSession(db: Kysely<DB>, token: string): Promise<void> {
  return sessions.deleteSession(db, hashToken(token));
}

/** Creates the user, or updates name, role and password of the user with that email. */
export async function upsertUser(
  db: Kysely<DB>,
  args: CreateUserArgs,
  actorId: string | null = null,
): Promise<{ user: SessionUser; created: boolean }> {
  const passwordHash = await hashPassword(args.password);
  const existing = await users.findUserByEmail(db, args.email);
  if (existing) {
    // A new password or role ends every session: whoever held the old one is out at once.
    const samePassword = await argon2.verify(existing.password_hash, args.password);
    await users.updateUser(db, existing.id, { name: args.name, role: args.role, passwordHash });
    const ended =
      samePassword && existing.role === args.role ? 0 : await sessions.deleteUserSessions(db, existing.id);
    await audit(db, {
      actorId,
      action: 'user.update',
      targetTable: 'users',
      targetId: existing.id,
      details: { roleBefore: existing.role, roleAfter: args.role, sessionsEnded: ended },
    });
    return {
      user: { id: existing.id, email: existing.email, name: args.name, role: args.role },
      created: false,
    };
  }
  const id = randomUUID();
  await users.insertUser(db, { id, email: args.email, name: args.name, role: args.role, passwordHash });
  await audit(db, { actorId, action: 'user.create', targetTable: 'users', targetId: id });
  return { user: { id, email: args.email, name: args.name, role: args.role }, created: true };
}
