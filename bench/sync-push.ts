// Sync throughput: 1,000 queued intervention.create pushed in batches of 100 (a day offline for a team),
// through the real procedure (validation, savepoints, triggers, change log), then pulled back.
// PGlite always; PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set (in a scratch database
// created and dropped here). Run alone with `npx tsx bench/sync-push.ts`, or via `npm run bench`.
import { randomBytes, randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseConfig } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { callerFor, makeUser } from '../server/testing/caller.ts';
import { seedTwoZones } from '../server/testing/sync-fixtures.ts';
import type { PushedMutation } from '../shared/schemas/sync.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const MUTATIONS = 1000;
const BATCH = 100;
const ROUNDS = 3;
const KINDS = ['maintenance', 'repair', 'alignment', 'power', 'survey'] as const;

function queued(first: number, count: number): PushedMutation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: first + i,
    name: 'intervention.create',
    createdAt: new Date().toISOString(),
    args: {
      id: randomUUID(),
      kind: KINDS[i % KINDS.length],
      summary: `Contrôle secteur ${i % 7} : alignement, connectique, alimentation`,
      startedAt: new Date(Date.UTC(2026, 10, 1, 8) + i * 60_000).toISOString(),
      endedAt: new Date(Date.UTC(2026, 10, 1, 9) + i * 60_000).toISOString(),
      siteId: i % 2 ? 'site-a' : 'site-b',
      sectorId: i % 2 ? 'sec-a1' : 'sec-b1',
      position: { lat: 47.7 + i / 1e5, lon: 3.6 },
      measurements: { rssiDbm: -60 - (i % 9), ccq: 95, snrDb: 31 },
      notes: i % 3 ? null : 'Serrage des colliers, contrôle visuel du câble.',
      photos: i % 4 ? [] : [randomBytes(32).toString('hex')],
    },
  }));
}

async function measure(database: Database, label: string): Promise<BenchResult[]> {
  await seedTwoZones(database);
  const tech = await makeUser(database, 'technician');
  const caller = callerFor(database, tech);
  const push = (clientId: string, mutations: PushedMutation[]) =>
    caller.sync.push({ clientId, schemaVersion: 1, appVersion: 'bench', mutations });
  // Warm-up on another device, not timed: a server runs for weeks, so what counts is its warm speed
  // (JIT, PGlite's WebAssembly tiering up, plan caches), not its first second.
  const warmUp = randomUUID();
  for (let i = 0; i < 5; i++) await push(warmUp, queued(1 + i * BATCH, BATCH));

  // Three rounds of 1,000 from fresh devices; the median is reported (this machine is shared and noisy).
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const clientId = randomUUID();
    const outbox = queued(1, MUTATIONS);
    const started = performance.now();
    for (let i = 0; i < outbox.length; i += BATCH) {
      const res = await push(clientId, outbox.slice(i, i + BATCH));
      if (res.results.some((r) => r.status !== 'applied'))
        throw new Error(`not applied: ${JSON.stringify(res.results[0])}`);
    }
    rounds.push(performance.now() - started);
  }
  const sorted = [...rounds].sort((a, b) => a - b);
  const pushMs = sorted[Math.floor(ROUNDS / 2)] ?? 0;

  // The slow path: one rejected mutation per batch (unknown relay) sends the batch back through
  // per-mutation savepoints.
  const rejecting = queued(1, MUTATIONS).map((m, i) =>
    i % BATCH === BATCH / 2 && typeof m.args === 'object'
      ? { ...m, args: { ...m.args, siteId: 'no-such-site', sectorId: null } }
      : m,
  );
  const slowClient = randomUUID();
  const slowStarted = performance.now();
  for (let i = 0; i < rejecting.length; i += BATCH) await push(slowClient, rejecting.slice(i, i + BATCH));
  const slowMs = performance.now() - slowStarted;

  const admin = await makeUser(database, 'admin');
  const reader = callerFor(database, admin);
  const pullStarted = performance.now();
  let cursor: string | null = null;
  let changes = 0;
  for (;;) {
    const page: Awaited<ReturnType<typeof reader.sync.pull>> = await reader.sync.pull({
      clientId: randomUUID(),
      cursor,
    });
    changes += page.changes.length;
    cursor = page.cursor;
    if (!page.more) break;
  }
  const pullMs = performance.now() - pullStarted;
  return [
    {
      name: `sync.push (${label})`,
      value: Math.round((MUTATIONS / pushMs) * 1000),
      unit: 'mutations/s',
      note: `${MUTATIONS} intervention.create in batches of ${BATCH}; median of ${ROUNDS} rounds (${sorted.map((ms) => Math.round(ms)).join(' / ')} ms)`,
    },
    {
      name: `sync.push, 1 rejection per batch (${label})`,
      value: Math.round((MUTATIONS / slowMs) * 1000),
      unit: 'mutations/s',
      note: `the same, one mutation of each batch refused: batch redone with a savepoint per mutation, ${Math.round(slowMs)} ms`,
    },
    {
      name: `sync.pull (${label})`,
      value: Math.round((changes / pullMs) * 1000),
      unit: 'changes/s',
      note: `${changes} changes from a null cursor, ${Math.round(pullMs)} ms`,
    },
  ];
}

async function withDatabase<T>(config: DatabaseConfig, body: (d: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    await migrate(database);
    return await body(database);
  } finally {
    await database.close();
  }
}

/** A scratch database next to the given one, so the benchmark never writes into real data. */
async function scratchPostgres<T>(baseUrl: string, body: (url: string) => Promise<T>): Promise<T> {
  const name = `terrain_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return await body(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function run(): Promise<BenchResult[]> {
  const results = await withDatabase({ kind: 'pglite', dataDir: null }, (d) => measure(d, 'PGlite'));
  const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (pgUrl) {
    results.push(
      ...(await scratchPostgres(pgUrl, (url) =>
        withDatabase({ kind: 'postgres', url }, (d) => measure(d, 'PostgreSQL')),
      )),
    );
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await run();
  console.log('| benchmark | value | unit | note |\n| --- | ---: | --- | --- |');
  for (const r of rows) console.log(`| ${r.name} | ${r.value} | ${r.unit} | ${r.note ?? ''} |`);
}
