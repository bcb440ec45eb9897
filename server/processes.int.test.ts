// The server as people run it: real processes, real HTTP, the admin CLI beside a running server.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../e2e/support/server.ts';
import { postgresSkipReason, testDatabases } from './testing/databases.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

function admin(args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', 'server/admin/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
  });
}

async function login(url: string, email: string, password: string) {
  const res = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return {
    status: res.status,
    cookie: res.headers.get('set-cookie') ?? '',
    body: (await res.json()) as unknown,
  };
}

describe('one server on the embedded database', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers /healthz and prints one generated password per demo role', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(Object.keys(server.accounts).sort()).toEqual(['admin', 'coordinator', 'technician']);
    const passwords = Object.values(server.accounts).map((a) => a.password);
    expect(new Set(passwords).size).toBe(3);
    for (const p of passwords) expect(p).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
  });

  it('refuses a second server on the same DATA_DIR with a clear message and a non-zero exit', async () => {
    const second = run(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: server.dataDir, PORT: '0' },
    });
    const err = await second.then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(2);
    expect(err?.stderr).toMatch(/already in use by process \d+/);
  });

  it('creates a user through the running server, who then logs in over plain HTTP', async () => {
    const out = await admin(
      [
        'create-user',
        '--email',
        'marie@coop.example',
        '--name',
        'Marie',
        '--role',
        'technician',
        '--password',
        'un-mot-de-passe-long',
      ],
      { DATA_DIR: server.dataDir },
    );
    expect(out.stdout).toMatch(/Created technician marie@coop.example/);
    const res = await login(server.url, 'marie@coop.example', 'un-mot-de-passe-long');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      result: { data: { user: { email: 'marie@coop.example', role: 'technician' } } },
    });
    expect(res.cookie).toMatch(/^terrain_session=[^;]+;.*HttpOnly/);
    expect(res.cookie).toMatch(/SameSite=Lax/);
    const me = await fetch(`${server.url}/trpc/auth.me`, {
      headers: { cookie: res.cookie.split(';')[0] ?? '' },
    });
    expect(await me.json()).toMatchObject({ result: { data: { user: { email: 'marie@coop.example' } } } });
  });

  it('answers malformed requests with 400 and zod issues, never 500', async () => {
    const bodies = [
      '{"email":"x"}',
      '{"email":12,"password":[]}',
      'null',
      '{"email":"a@b.fr","password":"' + 'x'.repeat(600) + '"}',
    ];
    for (const body of bodies) {
      const res = await fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: { data: { code: string; zodIssues: unknown[] } } };
      expect(json.error.data.code).toBe('BAD_REQUEST');
      expect(json.error.data.zodIssues.length).toBeGreaterThan(0);
    }
  });

  it('sends security headers and compresses', async () => {
    const res = await fetch(`${server.url}/trpc/network.coverage`, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-encoding')).toBe('br');
  });
});

const postgres = testDatabases.find((d) => d.name === 'postgres');
describe.skipIf(!postgres)(`several servers on one PostgreSQL ${postgresSkipReason ?? ''}`, () => {
  const createUrl = async () => {
    if (!postgres?.createUrl) throw new Error('no PostgreSQL');
    return postgres.createUrl();
  };
  it('serve the same data and share sessions', async () => {
    const db = await createUrl();
    const env = { DATABASE_URL: db.url };
    const a = await startServer({ env });
    const b = await startServer({ env: { ...env, TERRAIN_DEMO: '1' } });
    try {
      const [ca, cb] = await Promise.all(
        [a, b].map(async (s) => (await fetch(`${s.url}/trpc/network.coverage`)).json()),
      );
      expect(ca).toEqual(cb);
      await admin(
        [
          'create-user',
          '--email',
          'pg@coop.example',
          '--name',
          'P',
          '--role',
          'coordinator',
          '--password',
          'encore-un-long-mot',
        ],
        env,
      );
      const res = await login(a.url, 'pg@coop.example', 'encore-un-long-mot');
      const me = await fetch(`${b.url}/trpc/auth.me`, {
        headers: { cookie: res.cookie.split(';')[0] ?? '' },
      });
      expect(await me.json()).toMatchObject({ result: { data: { user: { email: 'pg@coop.example' } } } });
    } finally {
      await a.stop();
      await b.stop();
      await db.drop();
    }
  });
});
