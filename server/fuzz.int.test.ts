// Structure-aware fuzz: a valid input of every procedure (listed from the router, so a new procedure is
// fuzzed without anyone remembering to) and of every pushed mutation, one field at a time replaced by a
// hostile value. Nothing may answer 5xx, and a valid mutation pushed after a hostile one is applied.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { Database } from './db/database.ts';
import { appRouter } from './router.ts';
import { createSession, SESSION_COOKIE } from './services/auth.service.ts';
import { makeUser, testEnv } from './testing/caller.ts';
import { testDatabases } from './testing/databases.ts';
import { oneFieldAtATime, toJsonText, type Json } from './testing/fuzz-values.ts';
import { interventionArgs, seedTwoZones } from './testing/sync-fixtures.ts';
import { mutators } from '../shared/mutators/index.ts';

const uuid = '3f2b8a8e-6c1d-4c6e-9d1f-2a4b5c6d7e8f';
const position = { lat: 47.75, lon: 3.55 };
const contact = { email: 'fuzz@example.org' };

/** A valid input per procedure. One that is missing is fuzzed from `{}` and named in the report. */
const samples: Record<string, Json> = {
  'sync.pull': { clientId: uuid, cursor: null },
  'sync.rejections': { cursor: null, limit: 10, resolved: false },
  'sync.resolveRejection': { id: 1 },
  'sync.conflicts': { cursor: null, limit: 10, resolved: false, table: 'interventions', rowId: uuid },
  'sync.resolveConflict': { id: 1 },
  'interventions.list': { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', limit: 10, cursor: null },
  'interventions.get': { id: uuid },
  'interventions.review': { id: uuid, decision: 'approved', comment: 'Bien' },
  'interventions.export': { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
  'attachments.status': { sha256: ['a'.repeat(64)] },
  'auth.login': { email: 'nobody@example.org', password: 'wrong password' },
  'network.tile': { v: '1', z: 10, x: 520, y: 360 },
  'eligibility.check': { ...position, lang: 'fr' },
  'interest.register': {
    position,
    kind: 'connect',
    ...contact,
    name: 'Marie',
    comment: 'Toit',
    consent: true,
  },
  'interest.demand': { bbox: { south: 47, west: 3, north: 48, east: 4 } },
  'interest.list': { kind: 'connect', cursor: null, limit: 10 },
  'interest.delete': { id: uuid },
  'subscription.request': {
    requestId: uuid,
    position,
    address: '1 rue du Pont',
    technology: 'radio',
    sectorId: 'sec-a1',
    name: 'Marie',
    ...contact,
    comment: 'Merci',
    consent: true,
  },
  'subscription.list': { status: 'new', technology: 'radio', cursor: null, limit: 10 },
  'subscription.setStatus': { id: uuid, status: 'contacted' },
  'subscription.delete': { id: uuid },
  'addresses.search': { q: 'Jussy', limit: 5 },
  'surveys.ofSubscriptions': { ids: [uuid] },
};

/** A valid args per mutator (ids fresh per call); the registry decides which mutators exist. */
function mutationSamples(existing: { intervention: string; installation: string }): Record<string, Json> {
  return {
    'intervention.create': interventionArgs({ id: randomUUID() }) as Json,
    'intervention.update': {
      id: existing.intervention,
      patch: { summary: 'Revu' },
      base: { summary: 'Contrôle du mât' },
    },
    'intervention.attachPhotos': { id: existing.intervention, photos: ['b'.repeat(64)] },
    'installation.create': {
      id: randomUUID(),
      technology: 'fibre',
      ontSerial: 'ZTEG12345678',
      buildingId: 'bat-a',
      rxPowerDbm: -20,
      installedAt: '2026-11-20T10:00:00+01:00',
    },
    'installation.remove': { id: existing.installation },
    'survey.record': {
      id: randomUUID(),
      target: { kind: 'point' },
      position,
      sectorId: 'sec-a1',
      signalDbm: -62,
      snrDb: 28,
      capacityMbps: 120,
      mountPoint: 'Cheminée',
      mountHeightM: 6,
      photos: ['c'.repeat(64)],
      verdict: 'partial',
      recommendation: 'Poteau de 2 m',
      surveyedAt: '2026-11-21T09:30:00+01:00',
    },
    'installation.replaceOnt': {
      id: existing.installation,
      ontSerial: 'HWTC542D049B',
      replacedAt: '2026-11-21T09:30:00+01:00',
      reason: 'ONT en panne',
      rxPowerDbm: -19.5,
    },
  };
}

/** 'query' or 'mutation', read from a procedure's definition (the router's flat record holds them). */
function procedureType(p: unknown): string {
  const def: unknown =
    p && (typeof p === 'object' || typeof p === 'function') ? Reflect.get(p, '_def') : null;
  const type: unknown = def && typeof def === 'object' ? Reflect.get(def, 'type') : null;
  return typeof type === 'string' ? type : 'query';
}
const procedures = Object.entries(appRouter._def.procedures).map(([path, p]) => ({
  path,
  type: procedureType(p),
}));

const kind = testDatabases[0];
describe(`structure-aware fuzz on ${kind?.name ?? 'none'}`, () => {
  let database: Database;
  let app: FastifyInstance;
  let cookie: string;
  let cases = 0;

  beforeAll(async () => {
    if (!kind) throw new Error('no database');
    database = await kind.open();
    await seedTwoZones(database);
    app = await buildApp(database, testEnv);
    const admin = await makeUser(database, 'admin');
    cookie = `${SESSION_COOKIE}=${(await createSession(database.db, admin.id, 1, null)).token}`;
  }, 300_000);
  afterAll(async () => {
    console.log(`fuzz: ${cases} hostile cases`);
    await app.close();
    await database.close();
  });

  function call(path: string, type: string, text: string) {
    // auth.logout would end the session the other cases run in: it is fuzzed anonymously.
    const session = path === 'auth.logout' ? '' : cookie;
    const headers = { cookie: session, 'content-type': 'application/json' };
    return type === 'query'
      ? app.inject({
          method: 'GET',
          url: `/trpc/${path}?input=${encodeURIComponent(text)}`,
          headers: { cookie },
        })
      : app.inject({ method: 'POST', url: `/trpc/${path}`, headers, payload: text });
  }

  it('answers every hostile procedure input without a 5xx', { timeout: 1_200_000 }, async () => {
    const failures: string[] = [];
    const unsampled = procedures
      .filter((p) => p.path !== 'sync.push' && !(p.path in samples))
      .map((p) => p.path);
    for (const { path, type } of procedures) {
      if (path === 'sync.push') continue; // below, mutation by mutation
      const base = samples[path] ?? {};
      for (const variant of oneFieldAtATime(base)) {
        const res = await call(path, type, toJsonText(variant.value ?? null));
        cases++;
        if (res.statusCode >= 500)
          failures.push(`${path} ${variant.path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.log(`fuzz: procedures without a sample (fuzzed from {}): ${unsampled.join(', ') || 'none'}`);
    expect(failures).toEqual([]);
  });

  it('applies a valid mutation pushed after each hostile one', { timeout: 1_200_000 }, async () => {
    const clientId = randomUUID();
    let next = 1;
    const pushRaw = async (mutations: string) => {
      const res = await call(
        'sync.push',
        'mutation',
        `{"clientId":"${clientId}","schemaVersion":1,"appVersion":"fuzz","mutations":${mutations}}`,
      );
      return res;
    };
    // Records the update/remove samples point at.
    const intervention = String(interventionArgs().id);
    const installation = randomUUID();
    const setup = await pushRaw(
      toJsonText([
        { id: next++, name: 'intervention.create', args: interventionArgs({ id: intervention }) as Json },
        {
          id: next++,
          name: 'installation.create',
          args: {
            id: installation,
            technology: 'radio',
            sectorId: 'sec-a1',
            installedAt: '2026-11-20T10:00:00+01:00',
          },
        },
      ]),
    );
    expect(setup.statusCode).toBe(200);

    const names = Object.keys(mutators);
    expect(Object.keys(mutationSamples({ intervention, installation })).sort()).toEqual([...names].sort());
    const failures: string[] = [];
    for (const name of names) {
      const base = mutationSamples({ intervention, installation })[name] ?? {};
      for (const variant of oneFieldAtATime(base)) {
        const follower = interventionArgs({ id: randomUUID() }) as Json;
        const hostileId = next++;
        const followerId = next++;
        const text = `[{"id":${hostileId},"name":"${name}","args":${toJsonText(variant.value ?? null)}},${toJsonText(
          {
            id: followerId,
            name: 'intervention.create',
            args: follower,
          },
        )}]`;
        const res = await pushRaw(text);
        cases++;
        const where = `${name} ${variant.path}`;
        if (text.length > 1024 * 1024) {
          // Over the /trpc body limit: refused whole with 413, and the device splits its batch.
          if (res.statusCode !== 413) failures.push(`${where}: ${res.statusCode} for an oversized batch`);
          next = hostileId;
          continue;
        }
        if (res.statusCode !== 200) {
          failures.push(`${where}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          break;
        }
        const results = (res.json() as { result: { data: { results: { id: number; status: string }[] } } })
          .result.data.results;
        const after = results.find((r) => r.id === followerId);
        if (after?.status !== 'applied')
          failures.push(`${where}: following mutation ${after?.status ?? 'missing'}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
