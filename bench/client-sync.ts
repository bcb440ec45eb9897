// The device side of sync, measured in Chromium (Debian's, through e2e/support):
//   (a) pull-apply rate of ~10k records through the real code path (client/sync/pull.ts: a page of
//       1,000 per transaction, with its cursor) against raw IndexedDB put of the same records in one
//       transaction, same store shape — goal ≥ 0.7×;
//   (b) first sync of a 10k-building zone under emulated Regular 3G (750 kbps down, 250 kbps up,
//       100 ms), on the real app against a real server — goal ≤ 20 s — with bytes per record on the wire;
//   (c) outbox write latency (intervention.create + entry, one transaction) at 4× CPU throttle —
//       goal p95 ≤ 15 ms.
// Run alone with `npx tsx bench/client-sync.ts` (BENCH_SKIP_BUILD=1 reuses dist/client), or via `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startServer } from '../e2e/support/server.ts';
import { LoginPage } from '../e2e/pages/login.page.ts';
import { benchPage } from './_pages/bench-page.ts';
import { zoneGeoJson } from './_pages/zone.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const root = resolve(import.meta.dirname, '..');
const RECORDS = 10_000;

declare const window: {
  terrainBench: {
    applyRates(n: number): Promise<{ rows: number; deviceMs: number[]; rawMs: number[] }>;
    outboxLatencies(n: number): Promise<{ device: number[]; raw: number[] }>;
  };
};
declare const indexedDB: { databases(): Promise<{ name?: string }[]>; deleteDatabase(name: string): unknown };
declare const document: { querySelector(s: string): { getAttribute(a: string): string | null } | null };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

async function localBenches(page: Page): Promise<BenchResult[]> {
  const apply = await page.evaluate((n) => window.terrainBench.applyRates(n), RECORDS);
  const device = median(apply.deviceMs);
  const raw = median(apply.rawMs);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const throttled = await page.evaluate((n) => window.terrainBench.outboxLatencies(n), 300);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const unthrottled = await page.evaluate((n) => window.terrainBench.outboxLatencies(n), 300);
  const latencies = throttled.device;
  return [
    {
      name: '(a) pull apply, device code',
      value: (apply.rows / device) * 1000,
      unit: 'records/s',
      note: `${apply.rows} buildings, pages of 1,000, median of 3: ${device.toFixed(0)} ms`,
    },
    {
      name: '(a) raw IndexedDB put',
      value: (apply.rows / raw) * 1000,
      unit: 'records/s',
      note: `same rows and store shape, one transaction: ${raw.toFixed(0)} ms`,
    },
    { name: '(a) device / raw', value: raw / device, unit: '×', note: 'goal ≥ 0.7' },
    {
      name: '(c) outbox write p50, CPU 4× slower',
      value: quantile(latencies, 0.5),
      unit: 'ms',
      note: `${latencies.length} intervention.create`,
    },
    {
      name: '(c) outbox write p95, CPU 4× slower',
      value: quantile(latencies, 0.95),
      unit: 'ms',
      note: 'goal ≤ 15 ms',
    },
    {
      name: '(c) raw IndexedDB floor p50 / p95, CPU 4× slower',
      value: quantile(throttled.raw, 0.5),
      unit: 'ms',
      note: `p95 ${quantile(throttled.raw, 0.95).toFixed(1)} ms: same reads and writes without Dexie or the mutator, interleaved`,
    },
    {
      name: '(c) outbox write p50 / p95, no throttle',
      value: quantile(unthrottled.device, 0.5),
      unit: 'ms',
      note: `p95 ${quantile(unthrottled.device, 0.95).toFixed(1)} ms (raw floor p50 ${quantile(unthrottled.raw, 0.5).toFixed(1)}, p95 ${quantile(unthrottled.raw, 0.95).toFixed(1)})`,
    },
  ];
}

const pullBody = z.object({ result: z.object({ data: z.object({ changes: z.array(z.unknown()) }) }) });

async function firstSyncOn3g(): Promise<BenchResult[]> {
  const server = await startServer({ env: { TILE_URL: 'http://127.0.0.1:9/tiles/{z}/{x}/{y}.png' } });
  const browser = await launchBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'terrain-bench-zone-'));
  try {
    const file = join(dir, 'zone.geojson');
    writeFileSync(file, zoneGeoJson(RECORDS));
    execFileSync(process.execPath, ['--import', 'tsx', 'server/admin/cli.ts', 'import', file], {
      cwd: root,
      env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' },
      stdio: 'pipe',
    });
    const tech = server.accounts.technician;
    if (!tech) throw new Error('no technician account');
    const page = await browser.context.newPage();
    // Full speed: log in, let the service worker install the app, let a first sync run.
    await page.goto(`${server.url}/connexion?next=%2Ftechnicien`);
    await new LoginPage(page).logIn(tech.email, tech.password);
    await page.getByTestId('technician-home').waitFor();
    await page.waitForFunction(
      () => !!document.querySelector('[data-testid=sync-pill]')?.getAttribute('data-last-sync'),
      undefined,
      { timeout: 120_000 },
    );
    // A fresh device: no local database; the app itself loads from the service worker cache.
    await page.goto(`${server.url}/connexion`);
    await page.evaluate(async () => {
      for (const db of await indexedDB.databases())
        if (db.name?.startsWith('terrain-device-')) indexedDB.deleteDatabase(db.name);
    });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: (750 * 1000) / 8,
      uploadThroughput: (250 * 1000) / 8,
    });
    const pulls = new Set<string>();
    let wireBytes = 0;
    let rows = 0;
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
      if (e.request.url.includes('/trpc/sync.pull')) pulls.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      if (pulls.has(e.requestId)) wireBytes += e.encodedDataLength;
    });
    page.on('response', (res) => {
      if (!res.url().includes('/trpc/sync.pull')) return;
      void res.json().then(
        (body: unknown) => (rows += pullBody.parse(body).result.data.changes.length),
        () => undefined,
      );
    });
    const started = Date.now();
    await page.goto(`${server.url}/technicien`);
    await page.waitForFunction(
      () => !!document.querySelector('[data-testid=sync-pill]')?.getAttribute('data-last-sync'),
      undefined,
      { timeout: 180_000, polling: 100 },
    );
    const seconds = (Date.now() - started) / 1000;
    return [
      {
        name: '(b) first sync, 10k-building zone, Regular 3G',
        value: seconds,
        unit: 's',
        note: `${rows} rows in ${pulls.size} pulls, from opening /technicien to the sync done; goal ≤ 20 s`,
      },
      {
        name: '(b) pull bytes on the wire per record',
        value: wireBytes / Math.max(1, rows),
        unit: 'B',
        note: `${(wireBytes / 1e6).toFixed(2)} MB for the whole first sync (gzip)`,
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  if (process.env.BENCH_SKIP_BUILD !== '1')
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const results: BenchResult[] = [];
  const served = await benchPage(root);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => 'terrainBench' in (globalThis as object));
    results.push(...(await localBenches(page)));
  } finally {
    await browser.close();
    await served.close();
  }
  results.push(...(await firstSyncOn3g()));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await run();
  console.log('| measure | value | note |\n| --- | --- | --- |');
  for (const r of results)
    console.log(`| ${r.name} | ${Number(r.value.toPrecision(4))} ${r.unit} | ${r.note ?? ''} |`);
}
