// Eligibility engine throughput: the indexed check against the naive linear scan, on made-up data
// the size of a large rural cooperative (100k buildings, 500 sectors on 150 sites, the Yonne).
// Run alone with `npx tsx bench/eligibility.ts`, or through `run()` from a bench harness.
import { pathToFileURL } from 'node:url';
import { createEligibilityIndex } from '../shared/eligibility/index.ts';
import { naiveCheck } from '../shared/eligibility/testing/naive.ts';
import { seededRandom, syntheticCoverage, YONNE } from '../shared/eligibility/testing/synthetic.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const INDEXED_POINTS = 200_000;
const WARM_UP_POINTS = 20_000;
const NAIVE_MAX_POINTS = 200;
/** The naive scan costs ~0.1 s a point here; stop after this long, with at least 20 points. */
const NAIVE_BUDGET_MS = 10_000;

function randomPoints(count: number, seed: number): { lat: number; lon: number }[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    lat: YONNE.minLat + (YONNE.maxLat - YONNE.minLat) * rnd(),
    lon: YONNE.minLon + (YONNE.maxLon - YONNE.minLon) * rnd(),
  }));
}

export async function run(): Promise<BenchResult[]> {
  const data = syntheticCoverage({ seed: 89, sites: 150, sectors: 500, buildings: 100_000, fibreZones: 40 });
  const index = createEligibilityIndex(data);

  // Warm-up lets the JIT settle before timing; the checksum keeps the work from being optimised away.
  let checksum = 0;
  for (const p of randomPoints(WARM_UP_POINTS, 1)) checksum += index.check(p).options.length;

  const points = randomPoints(INDEXED_POINTS, 2);
  const verdicts = { fibre: 0, radio: 0, planned: 0, none: 0 };
  const started = performance.now();
  for (const p of points) {
    const r = index.check(p);
    verdicts[r.verdict]++;
    checksum += r.options.length;
  }
  const indexedMs = performance.now() - started;
  const indexedRate = (points.length / indexedMs) * 1000;

  const naivePoints = randomPoints(NAIVE_MAX_POINTS, 3);
  let naiveCount = 0;
  const naiveStarted = performance.now();
  for (const p of naivePoints) {
    checksum += naiveCheck(data, p).options.length;
    naiveCount++;
    if (naiveCount >= 20 && performance.now() - naiveStarted > NAIVE_BUDGET_MS) break;
  }
  const naiveRate = (naiveCount / (performance.now() - naiveStarted)) * 1000;

  const mix = `verdicts fibre ${verdicts.fibre}, radio ${verdicts.radio}, planned ${verdicts.planned}, none ${verdicts.none}`;
  return [
    {
      name: 'eligibility index build',
      value: Math.round(index.stats.buildMs),
      unit: 'ms',
      note: '100k buildings, 500 sectors, 40 zones',
    },
    {
      name: 'eligibility.check (indexed)',
      value: Math.round(indexedRate),
      unit: 'checks/s',
      note: `${points.length} random points, one core; ${mix}`,
    },
    {
      name: 'eligibility.check (naive scan)',
      value: Math.round(naiveRate * 10) / 10,
      unit: 'checks/s',
      note: `${naiveCount} points`,
    },
    {
      name: 'indexed / naive',
      value: Math.round(indexedRate / naiveRate),
      unit: '×',
      note: `checksum ${checksum}`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await run();
  console.log('| benchmark | value | unit | note |\n| --- | ---: | --- | --- |');
  for (const r of rows) console.log(`| ${r.name} | ${r.value} | ${r.unit} | ${r.note ?? ''} |`);
}
