// The HTTP edge under hostile use: batches, body sizes, other sites, caching, logs, proxies, internals.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { Database } from './db/database.ts';
import { parseEnv } from './env.ts';
import { createSession, SESSION_COOKIE } from './services/auth.service.ts';
import { makeUser, testEnv } from './testing/caller.ts';
import { testDatabases } from './testing/databases.ts';

const position = { lat: 47.75, lon: 3.55 };

for (const kind of testDatabases) {
  describe(`HTTP guards on ${kind.name}`, () => {
    let database: Database;
    let app: FastifyInstance;
    let cookie: string;
    const lines: string[] = [];

    beforeAll(async () => {
      database = await kind.open();
      const env = parseEnv({ NODE_ENV: 'production', LOG_LEVEL: 'info', PUBLIC_RATE_LIMIT: '100000' });
      app = await buildApp(database, env, { logStream: { write: (l) => void lines.push(l) } });
      const tech = await makeUser(database, 'technician');
      cookie = `${SESSION_COOKIE}=${(await createSession(database.db, tech.id, 1, null)).token}`;
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it('caps tRPC batches at 10 calls', async () => {
      const batch = (n: number) =>
        app.inject({ method: 'GET', url: `/trpc/${Array(n).fill('network.config').join(',')}?batch=1` });
      expect((await batch(10)).statusCode).toBe(200);
      expect((await batch(11)).statusCode).toBe(400);
      expect((await batch(250)).statusCode).toBe(400);
    });

    it('refuses /trpc bodies over 1 MB with 413, and bodies that are not JSON', async () => {
      const big = JSON.stringify({ q: 'x'.repeat(1024 * 1024 + 10) });
      const res = await app.inject({
        method: 'POST',
        url: '/trpc/auth.logout',
        headers: { 'content-type': 'application/json' },
        payload: big,
      });
      expect(res.statusCode).toBe(413);
      const form = await app.inject({
        method: 'POST',
        url: '/trpc/auth.logout',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        payload: '--x--',
      });
      expect(form.statusCode).toBe(415);
    });

    it('refuses state changes from another site with 403, and accepts this site and plain clients', async () => {
      const post = (headers: Record<string, string>) =>
        app.inject({
          method: 'POST',
          url: '/trpc/auth.logout',
          headers: { host: 'terrain.test', 'content-type': 'application/json', ...headers },
          payload: '{}',
        });
      expect((await post({ origin: 'https://evil.example' })).statusCode).toBe(403);
      expect((await post({ origin: 'null' })).statusCode).toBe(403);
      expect((await post({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
      expect(
        (await post({ origin: 'https://terrain.test', 'sec-fetch-site': 'same-origin' })).statusCode,
      ).toBe(200);
      expect((await post({})).statusCode).toBe(200);
      const put = await app.inject({
        method: 'PUT',
        url: `/attachments/${'a'.repeat(64)}`,
        headers: {
          host: 'terrain.test',
          origin: 'https://evil.example',
          cookie,
          'content-type': 'image/jpeg',
        },
        payload: Buffer.from([0xff, 0xd8, 0xff]),
      });
      expect(put.statusCode).toBe(403);
      // Reading stays possible cross-site (the FFDN map reads /isp.json); only writes are guarded.
      const get = await app.inject({
        method: 'GET',
        url: '/isp.json',
        headers: { origin: 'https://evil.example' },
      });
      expect(get.statusCode).toBe(200);
    });

    it('marks authenticated tRPC answers no-store', async () => {
      const me = await app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.headers['cache-control']).toBe('no-store');
    });

    it('logs the procedure, never its input', async () => {
      const input = encodeURIComponent(JSON.stringify({ ...position, address: '12 rue Secrète' }));
      const res = await app.inject({ method: 'GET', url: `/trpc/eligibility.check?input=${input}` });
      expect(res.statusCode).toBeLessThan(500);
      const log = lines.join('\n');
      expect(log).toContain('/trpc/eligibility.check');
      expect(log).not.toContain('Secr');
      expect(log).not.toContain('47.75');
    });

    it('refuses NUL in a procedure input with BAD_REQUEST and the field, never a 500', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/trpc/interest.register',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({
          position,
          kind: 'connect',
          email: 'a@b.fr',
          consent: true,
          name: 'A\u0000',
        }),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { data: { code: 'BAD_REQUEST', zodIssues: [{ path: ['name'] }] } },
      });
      expect(await database.db.selectFrom('interest_registrations').selectAll().execute()).toEqual([]);
    });

    it('in production, an internal failure shows only a reference that the log holds', async () => {
      await database.db.schema.dropTable('addresses').cascade().execute();
      const res = await app.inject({
        method: 'GET',
        url: `/trpc/addresses.search?input=${encodeURIComponent('{"q":"Jussy"}')}`,
      });
      expect(res.statusCode).toBe(500);
      const id = res.headers['x-request-id'];
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const message = (res.json() as { error: { message: string } }).error.message;
      expect(message).toBe(`Erreur interne du serveur (référence ${String(id)}).`);
      expect(message).not.toMatch(/addresses|relation|does not exist/);
      const logged = lines.map((l) => JSON.parse(l) as { reqId?: string; msg?: string });
      expect(logged.some((l) => l.reqId === id && l.msg === 'procedure failed')).toBe(true);
    });
  });
}

describe('TRUST_PROXY', () => {
  it('with one hop, the client cannot choose its address through X-Forwarded-For', async () => {
    const kind = testDatabases[0];
    if (!kind) throw new Error('no database');
    const database = await kind.open();
    const app = await buildApp(database, { ...testEnv, TRUST_PROXY: 1 });
    try {
      await app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '1.2.3.4, 203.0.113.7' },
        payload: JSON.stringify({ email: 'nobody@example.org', password: 'wrong' }),
      });
      const entry = await database.db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'auth.login_failed')
        .executeTakeFirstOrThrow();
      // The proxy appended the real client (203.0.113.7); the forged first entry is ignored.
      expect(entry.details).toMatchObject({ ip: '203.0.113.7' });
    } finally {
      await app.close();
      await database.close();
    }
  });
});
