// A 250,000-building IPE file imported through the console's own path (POST /imports, the dry run,
// POST /imports/:id/apply, polling the job) on an embedded database already holding a network, while
// public `eligibility.check` requests keep arriving at a fixed 50/s (open loop, latency counted from
// each request's due time). Their p50/p99 while idle and during the import, side by side.
// `BENCH_IPE_BUILDINGS=50000 npx tsx bench/import-ipe.ts` runs it smaller.
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../server/app.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { parseEnv } from '../server/env.ts';
import { createSession, SESSION_COOKIE } from '../server/services/auth.service.ts';
import { makeUser } from '../server/testing/caller.ts';
import { generateIpeFile } from '../server/testing/ipe-file.ts';
import { IPE_CHUNK } from '../server/services/import/ipe.import.ts';
import { loadCoverage } from '../server/testing/load-coverage.ts';
import { importJob, type ImportJob } from '../shared/schemas/imports.ts';
import { syntheticCoverage, YONNE } from '../shared/eligibility/testing/synthetic.ts';
import type { BenchResult } from './eligibility-http.ts';

const BUILDINGS = Number(process.env.BENCH_IPE_BUILDINGS ?? 250_000);
const RATE_PER_S = 50;
const IDLE_S = 10;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The public load, in a child process so its own work never delays the server it measures: open-loop
 * checks at RATE_PER_S until told "stop" on stdin, then the sorted latencies (from due time) as JSON.
 */
const LOAD_SCRIPT = `
const [base, rate] = [process.argv[1], Number(process.argv[2])];
let seed = 11;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const ms = []; let errors = 0; let stop = false; const inFlight = [];
process.stdin.on('data', () => { stop = true; });
const started = performance.now();
for (let i = 0; !stop; i++) {
  const due = started + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const p = { lat: ${YONNE.minLat} + ${YONNE.maxLat - YONNE.minLat} * rnd(), lon: ${YONNE.minLon} + ${YONNE.maxLon - YONNE.minLon} * rnd() };
  inFlight.push(fetch(base + '/trpc/eligibility.check?input=' + encodeURIComponent(JSON.stringify(p)))
    .then(async (res) => { await res.arrayBuffer(); if (res.ok) ms.push(performance.now() - due); else errors++; })
    .catch(() => { errors++; }));
}
await Promise.all(inFlight);
process.stdout.write(JSON.stringify({ ms: ms.sort((a, b) => a - b), errors }));
`;

/** Public checks from another process while `until` runs. */
async function checksDuring(
  base: string,
  until: Promise<unknown>,
): Promise<{ ms: number[]; errors: number }> {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', LOAD_SCRIPT, base, String(RATE_PER_S)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await until;
  } finally {
    child.stdin.end('stop\n');
    await exited;
  }
  return z.object({ ms: z.array(z.number()), errors: z.number() }).parse(JSON.parse(out));
}

/**
 * The bench's own calls share the server's event loop: on a loaded machine a stalled loop makes
 * undici give up connecting before the server could accept. A call that never connected is tried again.
 */
async function call(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (err) {
      if (attempt >= 5) throw err;
    }
  }
}

export async function run(): Promise<BenchResult[]> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrate(database);
  await loadCoverage(
    database.db,
    syntheticCoverage({ seed: 89, sites: 100, sectors: 300, buildings: 20_000, fibreZones: 20 }),
    'bench',
  );
  const admin = await makeUser(database, 'admin');
  const { token } = await createSession(database.db, admin.id, 1, null);
  const env = parseEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '1000000' });
  const app = await buildApp(database, env);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const headers = { cookie: `${SESSION_COOKIE}=${token}` };
  try {
    const file = generateIpeFile(BUILDINGS);
    await fetch(`${base}/trpc/eligibility.check?input=${encodeURIComponent('{"lat":47.8,"lon":3.5}')}`);
    const idle = await checksDuring(base, new Promise((r) => setTimeout(r, IDLE_S * 1000)));

    const last: { job: ImportJob | null } = { job: null };
    const polls: number[] = [];
    const importing = (async () => {
      const t0 = performance.now();
      const up = await call(`${base}/imports?name=ipe.csv`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'text/csv' },
        body: new Uint8Array(file),
      });
      const checked = importJob.parse(await up.json());
      const dryRunMs = performance.now() - t0;
      const t1 = performance.now();
      const applied = await call(`${base}/imports/${checked.id}/apply`, { method: 'POST', headers });
      if (applied.status !== 202) throw new Error(`apply answered ${applied.status}`);
      for (;;) {
        await new Promise((r) => setTimeout(r, 500));
        const p0 = performance.now();
        const job = importJob.parse(await (await call(`${base}/imports/${checked.id}`, { headers })).json());
        polls.push(performance.now() - p0);
        last.job = job;
        if (job.state !== 'running') break;
      }
      return { dryRunMs, applyMs: performance.now() - t1 };
    })();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const during = await checksDuring(base, importing);
    loopDelay.disable();
    const { dryRunMs, applyMs } = await importing;
    const done = last.job;
    if (!done || done.state !== 'done') throw new Error(`import ended ${done?.state}: ${done?.failure}`);
    const note = `${BUILDINGS} buildings, ${(file.length / 2 ** 20).toFixed(1)} MB`;
    return [
      { name: 'dry run (upload, parse, compare)', value: Math.round(dryRunMs / 100) / 10, unit: 's', note },
      {
        name: `apply (write in transactions of ${IPE_CHUNK})`,
        value: Math.round(applyMs / 100) / 10,
        unit: 's',
        note: `${Math.round(BUILDINGS / (applyMs / 1000))} buildings/s, imported ${done.result?.imported}`,
      },
      {
        name: 'check p50 idle',
        value: round1(percentile(idle.ms, 50)),
        unit: 'ms',
        note: `${idle.ms.length} checks at ${RATE_PER_S}/s, ${idle.errors} errors`,
      },
      { name: 'check p99 idle', value: round1(percentile(idle.ms, 99)), unit: 'ms' },
      {
        name: 'check p50 during import',
        value: round1(percentile(during.ms, 50)),
        unit: 'ms',
        note: `${during.ms.length} checks, ${during.errors} errors`,
      },
      { name: 'check p99 during import', value: round1(percentile(during.ms, 99)), unit: 'ms' },
      { name: 'check max during import', value: round1(during.ms.at(-1) ?? NaN), unit: 'ms' },
      {
        name: 'progress poll p99',
        value: round1(
          percentile(
            polls.sort((a, b) => a - b),
            99,
          ),
        ),
        unit: 'ms',
        note: `${polls.length} polls of GET /imports/:id`,
      },
    ];
  } finally {
    await app.close();
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await run();
  console.log('| measure | value | unit | note |\n| --- | ---: | --- | --- |');
  for (const r of rows) console.log(`| ${r.name} | ${r.value} | ${r.unit} | ${r.note ?? ''} |`);
}
