// Issue 13's figures: (a) a technician's check from the device's data and (b) a line-of-sight profile
// with the zone's terrain model, p95 in Chromium at 4× CPU slowdown, through the device code
// (client/technician/check/testing/bench-page.ts); (c) the terrain bytes a phone downloads for the demo zones at
// SRTM's 1″ (≈ 30 m) and at 0.0002° (≈ 20 m), from the demo's zones as the server computes them.
// Run alone with `npx tsx bench/tech-check.ts`, or via `npm run bench tech-check`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/support/browser.ts';
import { sites } from '../server/demo/data/sites.ts';
import { seedDemoIfEmpty } from '../server/demo/seed.ts';
import { zoneExtents } from '../server/services/terrain.service.ts';
import { listZones } from '../server/repositories/zones.repository.ts';
import { testDatabases } from '../server/testing/databases.ts';
import { blockId, blocksCovering, blockSize, type Extent } from '../shared/eligibility/terrain-blocks.ts';
import { benchPage } from './_pages/bench-page.ts';
import type { BenchResult } from './client-sync.ts';

const root = resolve(import.meta.dirname, '..');
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

declare const window: {
  terrainTechBench: {
    run(
      n: number,
      demoSites: typeof sites,
    ): { checkMs: number[]; profileMs: number[]; samples: number[]; terrainBytes: number };
  };
};

async function deviceTimes(): Promise<BenchResult[]> {
  const served = await benchPage(root, 'client/technician/check/testing/bench-page.ts');
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => 'terrainTechBench' in window);
    await page.evaluate((s) => window.terrainTechBench.run(50, s), sites); // warm-up (JIT), unthrottled
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const r = await page.evaluate((s) => window.terrainTechBench.run(300, s), sites);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const avgSamples = r.samples.reduce((s, x) => s + x, 0) / Math.max(r.samples.length, 1);
    return [
      {
        name: '(a) check from device data p95, CPU 4× slower',
        value: quantile(r.checkMs, 0.95),
        unit: 'ms',
        note: `p50 ${quantile(r.checkMs, 0.5).toFixed(2)} ms; 300 places ≤ 5.8 km of Jussy; 11 relays, 29 sectors, 2,000 buildings; verdict + every covering sector's profile at 6 m + estimate`,
      },
      {
        name: '(b) profile p95, CPU 4× slower',
        value: quantile(r.profileMs, 0.95),
        unit: 'ms',
        note: `p50 ${quantile(r.profileMs, 0.5).toFixed(2)} ms; Jussy → place, ${avgSamples.toFixed(0)} samples on average (every 50 m), terrain read from ${(r.terrainBytes / 2 ** 20).toFixed(1)} MiB of 1″ blocks`,
      },
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}

async function demoTerrainBytes(): Promise<BenchResult[]> {
  const kind = testDatabases[0];
  if (!kind) throw new Error('no database');
  const database = await kind.open();
  try {
    await seedDemoIfEmpty(database.db);
    const zones = (await listZones(database.db)).map((z) => z.id);
    const extents = await zoneExtents(database.db, zones);
    const out: BenchResult[] = [];
    for (const [label, cell] of [
      ['1″ (≈ 30 m, SRTM)', 1 / 3600],
      ['0.0002° (≈ 20 m)', 0.0002],
    ] as const) {
      const all = extents.reduce<Extent>(
        (u, e) => ({
          south: Math.min(u.south, e.south),
          west: Math.min(u.west, e.west),
          north: Math.max(u.north, e.north),
          east: Math.max(u.east, e.east),
        }),
        { south: 90, west: 180, north: -90, east: -180 },
      );
      // A grid over the whole département's zones, as an import would bring it.
      const header = {
        x0: all.west,
        y0: all.south,
        cellsize: cell,
        ncols: Math.ceil((all.east - all.west) / cell) + 1,
        nrows: Math.ceil((all.north - all.south) / cell) + 1,
      };
      const ids = new Map<string, number>();
      for (const e of extents) {
        for (const k of blocksCovering(header, e)) {
          const s = blockSize(header, k);
          ids.set(blockId(k), s.w * s.h * 4);
        }
      }
      const bytes = [...ids.values()].reduce((s, b) => s + b, 0);
      const whole = header.ncols * header.nrows * 4;
      out.push({
        name: `(c) terrain bytes for the demo technician's ${zones.length} zones, ${label}`,
        value: bytes / 2 ** 20,
        unit: 'MiB',
        note: `${ids.size} blocks of 64 × 64 cells; the whole grid over the zones would be ${(whole / 2 ** 20).toFixed(0)} MiB`,
      });
    }
    return out;
  } finally {
    await database.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  return [...(await demoTerrainBytes()), ...(await deviceTimes())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(`${r.name}: ${r.value.toFixed(3)} ${r.unit} — ${r.note ?? ''}`);
}
