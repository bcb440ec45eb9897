// The public procedures from the outside: bad input is BAD_REQUEST (never a 500), each is rate-limited,
// and the HTTP routes (/isp.json, GET /trpc/…) answer plain JSON.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { makeTestContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { parseEnv } from '../env.ts';
import { appRouter } from '../router.ts';
import { callerFor, testEnv } from '../testing/caller.ts';
import { testDatabases } from '../testing/databases.ts';
import { fixturePath, fromChurch, loadJussyNetwork } from '../testing/fixtures/load.ts';
import { runAdminCommand } from '../admin/commands.ts';
import { createCallerFactory } from '../trpc.ts';
import { resetRateLimits } from '../rate-limit.ts';

const createCaller = createCallerFactory(appRouter);
const contact = { email: 'a@example.org', consent: true } as const;
const position = { lat: 47.72, lon: 3.58 };

/** Every public procedure with inputs it must refuse. Values a type would forbid are the point here. */
const badInputs: [
  string,
  (c: ReturnType<typeof callerFor>, input: unknown) => Promise<unknown>,
  unknown[],
][] = [
  [
    'eligibility.check',
    (c, i) => c.eligibility.check(i as never),
    [
      { lat: NaN, lon: 3 },
      { lat: 91, lon: 3 },
      { lat: '47.7', lon: '3.5' },
      { lat: 47 },
      null,
      { lat: 47, lon: 3, lang: 'de' },
    ],
  ],
  [
    'interest.register',
    (c, i) => c.interest.register(i as never),
    [
      { position, kind: 'connect', email: 'a@example.org' },
      { position, kind: 'connect', email: 'a@example.org', consent: false },
      { position, kind: 'connect', consent: true },
      { position, kind: 'connect', ...contact, email: 'not-an-email' },
      { position, kind: 'connect', consent: true, phone: '123' },
      { position: { lat: 91, lon: 3 }, kind: 'connect', ...contact },
      { position, kind: 'visit', ...contact },
      { position, kind: 'share', ...contact, publicFields: ['phone'] },
    ],
  ],
  [
    'interest.demand',
    (c, i) => c.interest.demand(i as never),
    [{ resolution: 12 }, { bbox: { south: 48, north: 47, west: 3, east: 4 } }, { bbox: 'all' }],
  ],
  [
    'subscription.request',
    (c, i) => c.subscription.request(i as never),
    [
      { position, technology: 'fibre', name: 'X', email: 'a@example.org' },
      { position, technology: 'fibre', consent: true, email: 'a@example.org' },
      { position, technology: 'dsl', name: 'X', ...contact },
      { position, technology: 'fibre', name: 'X', consent: true },
    ],
  ],
  [
    'addresses.search',
    (c, i) => c.addresses.search(i as never),
    [{ q: '' }, { q: 'x'.repeat(500) }, { q: 'Jussy', limit: 0 }, {}],
  ],
];

describe.each(testDatabases)('public API on $name', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await kind.open();
    await loadJussyNetwork(database);
    await runAdminCommand(database, ['import', fixturePath('adresses-89-jussy.csv')]);
    app = await buildApp(database, testEnv);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  for (const [name, call, inputs] of badInputs) {
    it(`${name} refuses bad input with BAD_REQUEST and the zod issues`, async () => {
      for (const input of inputs) {
        const error = await call(callerFor(database, null, '10.3.0.1'), input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, JSON.stringify(input)).toMatchObject({ code: 'BAD_REQUEST' });
      }
    });
  }

  it('says which contact is missing and that consent must be true', async () => {
    const error = await callerFor(database, null, '10.3.0.2')
      .interest.register({ position, kind: 'connect', consent: false as true })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('email or phone required'),
    });
    expect(error).toMatchObject({ message: expect.stringContaining('consent must be true') });
  });

  it('limits each public procedure per IP with TOO_MANY_REQUESTS', async () => {
    await resetRateLimits(database.db);
    const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '2' });
    const caller = createCaller(makeTestContext({ db: database.db, env, ip: '10.3.9.9' }));
    const calls: (() => Promise<unknown>)[] = [
      () => caller.eligibility.check(position),
      () => caller.interest.demand({}),
      () => caller.addresses.search({ q: 'Jussy' }),
      () => caller.export.ispJson(),
      () => caller.network.coverage(),
      () => caller.interest.register({ position, kind: 'connect', ...contact }),
    ];
    for (const call of calls) {
      await call();
      await call();
      await expect(call()).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    }
    // Another address is not affected.
    const other = createCaller(makeTestContext({ db: database.db, env, ip: '10.3.9.10' }));
    await expect(other.eligibility.check(position)).resolves.toMatchObject({ verdict: expect.any(String) });
  });

  it('answers a BAN-like local address search', async () => {
    const c = callerFor(database, null, '10.3.0.3');
    const [hit] = await c.addresses.search({ q: "4 bis rue de l'Epineau Jussy" });
    expect(hit).toMatchObject({
      id: '89212_0200_00004_bis',
      type: 'housenumber',
      housenumber: '4 bis',
      citycode: '89212',
      approximate: false,
      source: 'local',
    });
    expect(await c.addresses.search({ q: 'Place de l’Église 89290', limit: 3 })).toEqual([
      expect.objectContaining({ id: '89212_0150', type: 'street', approximate: false }),
    ]);
    const missing = await c.addresses.search({ q: '99 rue haute jussy' });
    expect(missing).toEqual([
      expect.objectContaining({ type: 'street', street: 'Rue Haute', approximate: true }),
    ]);
    expect(await c.addresses.search({ q: 'Jussy', limit: 2 })).toHaveLength(2);
  });

  it('publishes /isp.json and export.ispJson (FFDN schema 0.1)', async () => {
    const res = await app.inject({ method: 'GET', url: '/isp.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      name: testEnv.COOP_NAME,
      email: testEnv.COOP_EMAIL,
      version: 0.1,
      coveredAreas: [
        { name: 'Zone test', technologies: ['ftth'], area: { type: 'Polygon' } },
        { name: 'Jussy — clocher', technologies: ['wifi'], area: { type: 'MultiPolygon' } },
      ],
    });
    expect(await callerFor(database, null, '10.3.0.4').export.ispJson()).toEqual(body);
  });

  it('answers bad input over HTTP with 400, never 500', async () => {
    const q = (input: string) =>
      app.inject({ method: 'GET', url: `/trpc/eligibility.check?input=${encodeURIComponent(input)}` });
    for (const input of ['{"lat":"abc","lon":3}', '{"lat":91,"lon":3}', '{"lat":null,"lon":3}', 'not json']) {
      expect((await q(input)).statusCode, input).toBe(400);
    }
    const ok = await q(JSON.stringify(fromChurch(90, 1000)));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ result: { data: { verdict: 'radio' } } });
  });
});
