// Fibre zones: the convex hull of a village's buildings, each grown by a 150 m disc (a smooth, closed ring).
import type { PlacedBuilding } from './buildings.ts';
import { at, M_PER_DEG_LAT, offset, round } from './random.ts';
import type { Position, Town, ZoneProperties } from './types.ts';

function cross(o: [number, number], a: [number, number], b: [number, number]): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function convexHull(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const half = (list: [number, number][]): [number, number][] => {
    const out: [number, number][] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(at(out, out.length - 2), at(out, out.length - 1), p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

function zoneRing(town: Town, placed: readonly PlacedBuilding[]): Position[] {
  const cosLat = Math.cos((town.centre[1] * Math.PI) / 180);
  const grown: [number, number][] = [];
  for (const b of placed.filter((p) => p.town === town)) {
    const east = (b.position[0] - town.centre[0]) * M_PER_DEG_LAT * cosLat;
    const north = (b.position[1] - town.centre[1]) * M_PER_DEG_LAT;
    for (let k = 0; k < 16; k += 1) {
      const angle = (k * Math.PI) / 8;
      grown.push([east + Math.sin(angle) * 150, north + Math.cos(angle) * 150]);
    }
  }
  // Counter-clockwise hull, as RFC 7946 asks of exterior rings.
  const ring = convexHull(grown).map(([east, north]): Position => {
    const p = offset(town.centre, east, north);
    return [round(p[0], 5), round(p[1], 5)];
  });
  ring.push(at(ring, 0));
  return ring;
}

export function fibreZones(
  towns: readonly Town[],
  placed: readonly PlacedBuilding[],
): { ring: Position[]; properties: ZoneProperties }[] {
  const ringOf = (key: string): Position[] => {
    const town = towns.find((t) => t.key === key);
    if (town === undefined) throw new Error(`unknown town ${key}`);
    return zoneRing(town, placed);
  };
  return [
    {
      ring: ringOf('jussy'),
      properties: {
        kind: 'fibre-zone',
        id: 'zone-jussy',
        name: 'Jussy — fibre coopérative',
        status: 'available',
        network: 'own',
      },
    },
    {
      ring: ringOf('saint-bris'),
      properties: {
        kind: 'fibre-zone',
        id: 'zone-saint-bris',
        name: 'Saint-Bris-le-Vineux — fibre coopérative',
        status: 'available',
        network: 'own',
      },
    },
    {
      ring: ringOf('seignelay'),
      properties: {
        kind: 'fibre-zone',
        id: 'zone-seignelay',
        name: 'Seignelay — extension prévue',
        status: 'planned',
        network: 'own',
      },
    },
  ];
}
