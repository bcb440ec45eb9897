// Every refusal, whatever route and whoever refuses (role check, rate limit, zod, a business rule, the
// photo routes), answers in one shape with a catalogue code the client turns into a sentence.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../shared/errors.ts';
import { buildApp } from './app.ts';
import type { Database } from './db/database.ts';
import { parseEnv } from './env.ts';
import { createSession, SESSION_COOKIE } from './services/auth.service.ts';
import { makeUser } from './testing/caller.ts';
import { testDatabases } from './testing/databases.ts';

for (const kind of testDatabases) {
  describe(`refusals on ${kind.name}`, () => {
    let database: Database;
    let app: FastifyInstance;
    let techCookie: string;

    beforeAll(async () => {
      database = await kind.open();
      const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '3' });
      app = await buildApp(database, env);
      const tech = await makeUser(database, 'technician');
      techCookie = `${SESSION_COOKIE}=${(await createSession(database.db, tech.id, 1, null)).token}`;
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    const get = (url: string, cookie?: string) =>
      app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

    function expectRefusal(
      answer: Awaited<ReturnType<typeof get>>,
      status: number,
      code: string,
      domainCode: string,
    ) {
      expect(answer.statusCode).toBe(status);
      const body: unknown = answer.json();
      expect(body).toMatchObject({ error: { message: expect.any(String), data: { code, domainCode } } });
      expect(isErrorCode(domainCode)).toBe(true);
    }

    it('names the catalogue code of role, login, input and rule refusals', async () => {
      expectRefusal(await get('/trpc/interventions.list?input={}'), 401, 'UNAUTHORIZED', 'NOT_LOGGED_IN');
      expectRefusal(
        await get('/trpc/interventions.list?input={}', techCookie),
        403,
        'FORBIDDEN',
        'WRONG_ROLE',
      );
      expectRefusal(
        await get(`/trpc/eligibility.check?input=${encodeURIComponent('{"lat":"x"}')}`),
        400,
        'BAD_REQUEST',
        'INVALID_ARGS',
      );
      expectRefusal(await get('/trpc/no.such.procedure'), 404, 'NOT_FOUND', 'NOT_FOUND');
      expectRefusal(await get('/attachments/' + 'a'.repeat(64)), 401, 'UNAUTHORIZED', 'NOT_LOGGED_IN');
    });

    it('names RATE_LIMITED on tRPC and on the plain HTTP routes alike', async () => {
      const check = () =>
        app.inject({
          method: 'GET',
          url: `/trpc/eligibility.check?input=${encodeURIComponent('{"lat":47.75,"lon":3.55}')}`,
          remoteAddress: '192.0.2.10',
        });
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await check());
      expect(answers.slice(0, 3).map((a) => a.statusCode)).toEqual([200, 200, 200]);
      expectRefusal(answers[4]!, 429, 'TOO_MANY_REQUESTS', 'RATE_LIMITED');

      const isp = () => app.inject({ method: 'GET', url: '/isp.json', remoteAddress: '192.0.2.11' });
      const last = [];
      for (let i = 0; i < 5; i++) last.push(await isp());
      expectRefusal(last[4]!, 429, 'TOO_MANY_REQUESTS', 'RATE_LIMITED');
    });
    it('answers the plain HTTP routes in the same shape: pages, hooks, exports, offline chunks, guards', async () => {
      expectRefusal(await get('/no/such/route'), 404, 'NOT_FOUND', 'NOT_FOUND');
      expectRefusal(await get('/offline/chunk/x/y'), 400, 'BAD_REQUEST', 'INVALID_ARGS');
      expectRefusal(await get('/offline/chunk/10-1-1/nohash'), 404, 'NOT_FOUND', 'NOT_FOUND');
      expectRefusal(await get('/exports/installations.csv'), 401, 'UNAUTHORIZED', 'NOT_LOGGED_IN');
      expectRefusal(await get('/exports/installations.csv', techCookie), 403, 'FORBIDDEN', 'WRONG_ROLE');
      const hook = (url: string, payload: unknown) =>
        app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
      expectRefusal(
        await hook('/hooks/alertmanager?token=wrong', {}),
        401,
        'UNAUTHORIZED',
        'HOOK_TOKEN_INVALID',
      );
      const post = (headers: Record<string, string>, payload: string) =>
        app.inject({ method: 'POST', url: '/trpc/auth.login', headers, payload });
      expectRefusal(
        await post({ 'content-type': 'application/json', origin: 'https://evil.example' }, '{}'),
        403,
        'FORBIDDEN',
        'CROSS_SITE_REQUEST',
      );
      expectRefusal(
        await post({ 'content-type': 'text/plain' }, 'x'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'JSON_REQUIRED',
      );
      const big = JSON.stringify({ email: 'a'.repeat(2_000_000) });
      expectRefusal(
        await post({ 'content-type': 'application/json' }, big),
        413,
        'PAYLOAD_TOO_LARGE',
        'REQUEST_TOO_LARGE',
      );
    });
  });
}
