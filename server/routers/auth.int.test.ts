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
    resetRateLimits();
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
    resetRateLimits();
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

  it('rate-limits repeated login attempts on one account', async () => {
    resetRateLimits();
    const caller = callerFor(database, null, '10.9.9.9');
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      try {
        await caller.auth.login({ email: 'victim@example.org', password: `guess-${i}` });
      } catch (err) {
        codes.push(err instanceof TRPCError ? err.code : 'OTHER');
      }
    }
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHORIZED')).toBe(true);
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  it('answers bad input with BAD_REQUEST and the zod issues, never a 500', async () => {
    resetRateLimits();
    const caller = callerFor(database);
    // @ts-expect-error: deliberately wrong types, as any HTTP client could send
    const err = await caller.auth.login({ email: 42, password: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe('BAD_REQUEST');
  });

  it('clears expired sessions when someone logs in', async () => {
    resetRateLimits();
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
    resetRateLimits();
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
