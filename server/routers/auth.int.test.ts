import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { makeTestContext } from '../context.ts';
import { appRouter } from '../router.ts';
import { createCallerFactory } from '../trpc.ts';
import { callerFor, makeUser, testEnv } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { SESSION_COOKIE } from '../services/auth.service.ts';
import { resetRateLimits } from '../rate-limit.ts';

const createCaller = createCallerFactory(appRouter);

describe.each(testDatabases)('auth on $name', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('logs in, sets an opaque session cookie, and the cookie authenticates me()', async () => {
    await resetRateLimits(database.db);
    const user = await makeUser(database, 'technician', 'Tech.One@Example.org');
    const ctx = makeTestContext({ db: database.db, env: testEnv });
    const res = await createCaller(ctx).auth.login({
      email: 'tech.one@example.org',
      password: 'correct horse battery',
    });
    expect(res.user).toEqual({
      id: user.id,
      email: 'Tech.One@Example.org',
      name: 'Test technician',
      role: 'technician',
    });
    const token = ctx.cookies.get(SESSION_COOKIE);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const stored = await database.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token); // only a hash is stored

    const { sessionUser } = await import('../services/auth.service.ts');
    expect(await sessionUser(database.db, token ?? '')).toMatchObject({ id: user.id });
  });

  it('refuses a wrong password with UNAUTHORIZED and an unknown email the same way', async () => {
    await resetRateLimits(database.db);
    await makeUser(database, 'coordinator', 'coord@example.org');
    const caller = callerFor(database);
    await expect(caller.auth.login({ email: 'coord@example.org', password: 'wrong' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(caller.auth.login({ email: 'nobody@example.org', password: 'wrong' })).rejects.toMatchObject(
      {
        code: 'UNAUTHORIZED',
      },
    );
  });

  it('slows down guessing from one address without locking the owner out elsewhere', async () => {
    await resetRateLimits(database.db);
    const victim = await makeUser(database, 'technician', 'victim@example.org');
    const attacker = callerFor(database, null, '10.9.9.9');
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      try {
        await attacker.auth.login({ email: 'victim@example.org', password: `guess-${i}` });
      } catch (err) {
        codes.push(err instanceof TRPCError ? err.code : 'OTHER');
      }
    }
    // Three free failures, a fourth that starts the delay, then every try waits (and is not counted).
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('UNAUTHORIZED'));
    expect(codes.slice(4).every((c) => c === 'TOO_MANY_REQUESTS')).toBe(true);
    const waiting = await attacker.auth
      .login({ email: 'victim@example.org', password: 'correct horse battery' })
      .catch((e: unknown) => e);
    expect(waiting).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/\d+ s/) });
    // The owner, from their own address, logs in at once.
    const owner = await callerFor(database, null, '10.9.9.10').auth.login({
      email: 'victim@example.org',
      password: 'correct horse battery',
    });
    expect(owner.user.id).toBe(victim.id);
    // Each counted failure is audited, with the address and the account.
    const failed = await database.db
      .selectFrom('audit_log')
      .select(['target_id', 'details'])
      .where('action', '=', 'auth.login_failed')
      .where('target_id', '=', victim.id)
      .execute();
    expect(failed).toHaveLength(4);
    expect(failed[3]?.details).toMatchObject({ ip: '10.9.9.9', failures: 4 });
  });

  it('waits longer after each failure beyond the first few, up to a ceiling', async () => {
    const { delayAfter, MAX_DELAY_S } = await import('../services/login-guard.ts');
    const delays = [1, 2, 3, 4, 5, 6, 20].map(delayAfter);
    expect(delays).toEqual([0, 0, 0, 2, 4, 8, MAX_DELAY_S]);
  });

  it('answers bad input with BAD_REQUEST and the zod issues, never a 500', async () => {
    await resetRateLimits(database.db);
    const caller = callerFor(database);
    // @ts-expect-error: deliberately wrong types, as any HTTP client could send
    const err = await caller.auth.login({ email: 42, password: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe('BAD_REQUEST');
  });

  it('clears expired sessions when someone logs in', async () => {
    await resetRateLimits(database.db);
    const user = await makeUser(database, 'technician');
    await database.db
      .insertInto('sessions')
      .values({
        token_hash: 'expired',
        user_id: user.id,
        expires_at: new Date(Date.now() - 1000),
        user_agent: null,
      })
      .execute();
    await callerFor(database).auth.login({ email: user.email, password: 'correct horse battery' });
    const left = await database.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('token_hash', '=', 'expired')
      .execute();
    expect(left).toEqual([]);
  });

  it('logout ends the session', async () => {
    await resetRateLimits(database.db);
    await makeUser(database, 'admin', 'admin@example.org');
    const ctx = makeTestContext({ db: database.db, env: testEnv });
    await createCaller(ctx).auth.login({ email: 'admin@example.org', password: 'correct horse battery' });
    const token = ctx.cookies.get(SESSION_COOKIE) ?? '';
    const { sessionUser } = await import('../services/auth.service.ts');
    const user = await sessionUser(database.db, token);
    await createCaller({ ...ctx, user, sessionToken: token }).auth.logout();
    expect(await sessionUser(database.db, token)).toBeNull();
  });
});
