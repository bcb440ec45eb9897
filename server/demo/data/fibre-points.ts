// Fibre points of the demo's own network: one PM (street cabinet) per PM reference its buildings name,
// at the middle of what it serves, and PBOs along each street, one per run of up to six houses, at the
// middle of the run. Derived from the placed buildings without drawing random numbers, so adding them
// leaves every other feature of the file as it was.
import type { PlacedBuilding } from './buildings.ts';
import { round } from './random.ts';
import type { PboProperties, PmProperties, Position } from './types.ts';

const HOUSES_PER_PBO = 6;

function centroid(points: readonly Position[]): Position {
  const lon = points.reduce((s, p) => s + p[0], 0) / points.length;
  const lat = points.reduce((s, p) => s + p[1], 0) / points.length;
  return [round(lon, 6), round(lat, 6)];
}

/** "12 bis rue de l'Église, 89290 Jussy" → ["rue de l'Église", 12]. */
function streetOf(address: string): [string, number] {
  const street = address.split(',')[0] ?? address;
  const match = /^(\d+)(?: bis| ter)? (.+)$/.exec(street);
  return match ? [match[2] ?? street, Number(match[1])] : [street, 0];
}

export interface PlacedPoint<P> {
  position: Position;
  properties: P;
}

export function fibrePoints(placed: readonly PlacedBuilding[]): {
  pms: PlacedPoint<PmProperties>[];
  pbos: PlacedPoint<PboProperties>[];
} {
  const byPm = new Map<string, PlacedBuilding[]>();
  for (const b of placed) {
    if (b.properties.network !== 'own') continue;
    const list = byPm.get(b.properties.pm) ?? [];
    list.push(b);
    byPm.set(b.properties.pm, list);
  }
  const pms: PlacedPoint<PmProperties>[] = [];
  const pbos: PlacedPoint<PboProperties>[] = [];
  for (const [pm, buildings] of [...byPm].sort(([a], [b]) => a.localeCompare(b))) {
    const commune = buildings[0]?.town.commune ?? '';
    const index = pm.split('-').at(-1) ?? '01';
    pms.push({
      position: centroid(buildings.map((b) => b.position)),
      properties: {
        kind: 'pm',
        id: pm,
        name: `Armoire ${commune} ${Number(index)}`,
        // Cabinets come in modules of 24 lines, with room to grow.
        capacity: Math.max(48, Math.ceil((buildings.length * 1.5) / 24) * 24),
      },
    });
    const byStreet = new Map<string, { b: PlacedBuilding; number: number }[]>();
    for (const b of buildings) {
      const [street, number] = streetOf(b.properties.address);
      const list = byStreet.get(street) ?? [];
      list.push({ b, number });
      byStreet.set(street, list);
    }
    let n = 0;
    for (const [street, houses] of [...byStreet].sort(([a], [b]) => a.localeCompare(b, 'fr'))) {
      houses.sort((x, y) => x.number - y.number || x.b.properties.id.localeCompare(y.b.properties.id));
      for (let i = 0; i < houses.length; i += HOUSES_PER_PBO) {
        const run = houses.slice(i, i + HOUSES_PER_PBO);
        n += 1;
        const first = run[0]?.number ?? 0;
        const last = run.at(-1)?.number ?? first;
        pbos.push({
          position: centroid(run.map((h) => h.b.position)),
          properties: {
            kind: 'pbo',
            id: `PBO-${pm.slice(3)}-${String(n).padStart(2, '0')}`,
            pm,
            name: first === last ? `${street}, n° ${first}` : `${street}, n° ${first} à ${last}`,
          },
        });
      }
    }
  }
  return { pms, pbos };
}
