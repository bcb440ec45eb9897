// Generates the demo cooperative's network in the Yonne as one GeoJSON FeatureCollection (contract §5).
// Deterministic: a seeded PRNG (mulberry32), no clock, no network. Re-running gives a byte-identical file.
// Run: npx tsx server/demo/data/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../../shared/eligibility/testing/synthetic.ts';
import { placeBuildings } from './buildings.ts';
import { sites } from './sites.ts';
import { towns } from './towns.ts';
import type { Feature } from './types.ts';
import { validate } from './validate.ts';
import { fibreZones } from './zones.ts';
import { fibrePoints } from './fibre-points.ts';

const OUTPUT = fileURLToPath(new URL('./yonne.geojson', import.meta.url));
const SEED = 0x89_2026;

const placed = placeBuildings(towns, seededRandom(SEED));
const zones = fibreZones(towns, placed);
const points = fibrePoints(placed);

// One feature per line, stable key order.
const features: Feature[] = [
  ...sites.map((s): Feature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: s.position },
    properties: s.properties,
  })),
  ...zones.map((z): Feature => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [z.ring] },
    properties: z.properties,
  })),
  ...placed.map((b): Feature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: b.position },
    properties: b.properties,
  })),
  ...[...points.pms, ...points.pbos].map((p): Feature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: p.position },
    properties: p.properties,
  })),
];

const text =
  '{"type":"FeatureCollection","features":[\n' +
  features.map((f) => JSON.stringify(f)).join(',\n') +
  '\n]}\n';

const counts = validate(text);
writeFileSync(OUTPUT, text, 'utf8');
const states = placed.reduce<Record<string, number>>((acc, b) => {
  acc[b.properties.state] = (acc[b.properties.state] ?? 0) + 1;
  return acc;
}, {});
console.log(
  `wrote ${OUTPUT}: ${Buffer.byteLength(text)} bytes; ${JSON.stringify(counts)}; states ${JSON.stringify(states)}`,
);
