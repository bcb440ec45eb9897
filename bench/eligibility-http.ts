// eligibility.check through the whole HTTP stack (Fastify, tRPC, zod in and out, the cached index) on
// an embedded database holding a large rural cooperative: 100k buildings, 500 sectors, 40 fibre zones.
// Open-loop load: requests leave at a fixed 200/s whatever the answers do, and each latency is counted
// from the instant its request was due, so a stall shows up in the percentiles (no coordinated
// omission). Loopback only. Run alone with `npx tsx bench/eligibility-http.ts`.
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../server/app.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { parseEnv } from '../server/env.ts';
import { loadCoverage } from '../server/testing/load-coverage.ts';
import { seededRandom, syntheticCoverage, YONNE } from '../shared/eligibility/testing/synthetic.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const RATE_PER_S = 200;
const DURATION_S = 15;
const TIMEOUT_MS = 10_000;

async function loadSynthetic(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<void> {
  const data = syntheticCoverage({ seed: 89, sites: 150, sectors: 500, buildings: 100_000, fibreZones: 40 });
  await loadCoverage(db, data, 'bench');
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export async function run(): Promise<BenchResult[]> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrate(database);
  const loadStarted = performance.now();
  await loadSynthetic(database.db);
  const loadMs = performance.now() - loadStarted;
  // The public rate limit would stop a single client IP long before 3000 requests.
  const env = parseEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '1000000' });
  const app = await buildApp(database, env);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = (p: { lat: number; lon: number }) =>
    `http://127.0.0.1:${port}/trpc/eligibility.check?input=${encodeURIComponent(JSON.stringify(p))}`;

  try {
    const rnd = seededRandom(7);
    const point = () => ({
      lat: YONNE.minLat + (YONNE.maxLat - YONNE.minLat) * rnd(),
      lon: YONNE.minLon + (YONNE.maxLon - YONNE.minLon) * rnd(),
    });
    // The first check builds the index from the database: measured apart, then a short warm-up.
    const coldStarted = performance.now();
    const cold = await fetch(url(point()));
    if (!cold.ok) throw new Error(`first check failed: HTTP ${cold.status} ${await cold.text()}`);
    const coldMs = performance.now() - coldStarted;
    for (let i = 0; i < 200; i++) await (await fetch(url(point()))).arrayBuffer();

    const total = RATE_PER_S * DURATION_S;
    const interval = 1000 / RATE_PER_S;
    const latencies: number[] = [];
    let errors = 0;
    const inFlight: Promise<void>[] = [];
    // Server and load generator share this event loop: its delay tells a stalled process (GC, a
    // busy machine) from slow request handling.
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      const due = started + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const target = url(point());
      inFlight.push(
        fetch(target, { signal: AbortSignal.timeout(TIMEOUT_MS) })
          .then(async (res) => {
            await res.arrayBuffer();
            if (!res.ok) errors++;
            else latencies.push(performance.now() - due);
          })
          .catch(() => {
            errors++;
          }),
      );
    }
    await Promise.all(inFlight);
    loopDelay.disable();
    const elapsedS = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const note = `${total} GET requests at ${RATE_PER_S}/s over loopback, latency from due time`;
    return [
      {
        name: 'load 100k buildings + 500 sectors',
        value: Math.round(loadMs),
        unit: 'ms',
        note: 'PGlite in memory',
      },
      {
        name: 'first check (index build)',
        value: Math.round(coldMs),
        unit: 'ms',
        note: 'loadCoverage + index',
      },
      { name: 'p50', value: round1(percentile(latencies, 50)), unit: 'ms', note },
      { name: 'p95', value: round1(percentile(latencies, 95)), unit: 'ms' },
      { name: 'p99', value: round1(percentile(latencies, 99)), unit: 'ms' },
      { name: 'max', value: round1(latencies.at(-1) ?? NaN), unit: 'ms' },
      {
        name: 'achieved rate',
        value: round1(latencies.length / elapsedS),
        unit: 'req/s',
        note: `${errors} errors`,
      },
      {
        name: 'event-loop delay p99',
        value: round1(loopDelay.percentile(99) / 1e6),
        unit: 'ms',
        note: `max ${round1(loopDelay.max / 1e6)} ms`,
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
