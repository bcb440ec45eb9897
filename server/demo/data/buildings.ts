// Building placement: houses around each village square and along its streets, numbered as French streets
// are (odd left, even right, skipped numbers, the odd "bis"), never closer than MIN_SPACING_M to another.
// Every random draw goes through the one rng, in a fixed order: changing the order changes the file.
import { at, distanceM, offset, pick, round, weighted, type Rng } from './random.ts';
import type { BuildingProperties, IpeState, Position, Street, Town } from './types.ts';

export const MIN_SPACING_M = 15;
const ID_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const PAVILLON_ACCESS = [
  'PBO sur poteau',
  'PBO en façade',
  'Adduction souterraine',
  'PBO sur poteau, portail',
];
const IMMEUBLE_ACCESS = [
  'Local technique au rez-de-chaussée, clé en mairie',
  'Boîtier en pied de colonne, digicode fourni par le syndic',
];

export interface PlacedBuilding {
  town: Town;
  position: Position;
  distanceFromCentreM: number;
  properties: BuildingProperties;
}

type StreetPath = { east: number; north: number; heading: number }[];

interface Placement {
  rng: Rng;
  placed: PlacedBuilding[];
  buildingIds: Set<string>;
  streetPaths: Map<Street, StreetPath>;
}

function newBuildingId(ctx: Placement, town: Town): string {
  // IdentifiantImmeuble style: IMB/<INSEE>/<letter>/<4 chars>; opaque, ≤ 30 chars.
  const letter = town.network === 'own' ? 'X' : 'C';
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 4; i += 1) suffix += pick(ctx.rng, [...ID_ALPHABET]);
    const id = `IMB/${town.insee}/${letter}/${suffix}`;
    if (!ctx.buildingIds.has(id)) {
      ctx.buildingIds.add(id);
      return id;
    }
  }
}

function farEnough(ctx: Placement, position: Position): boolean {
  return ctx.placed.every((b) => distanceM(b.position, position) >= MIN_SPACING_M + 1);
}

function accessFor(rng: Rng, state: IpeState, type: BuildingProperties['type']): string | undefined {
  if (state !== 'DEPLOYE' && state !== 'EN COURS DE DEPLOIEMENT') return undefined;
  if (type === 'IMMEUBLE') return pick(rng, IMMEUBLE_ACCESS);
  return rng() < 0.6 ? pick(rng, PAVILLON_ACCESS) : undefined;
}

function addBuilding(
  ctx: Placement,
  town: Town,
  position: Position,
  number: string,
  street: string,
  pmIndex: number,
  type: BuildingProperties['type'],
): void {
  const state = weighted(ctx.rng, town.states);
  const properties: BuildingProperties = {
    kind: 'building',
    id: newBuildingId(ctx, town),
    state,
    type,
    address: `${number} ${street}, ${town.postcode} ${town.commune}`,
    pm: `PM-${town.postcode}-${String(pmIndex).padStart(2, '0')}`,
    network: town.network,
  };
  if (town.operator !== undefined) properties.operator = town.operator;
  const access = accessFor(ctx.rng, state, type);
  if (access !== undefined) properties.access = access;
  if (type === 'IMMEUBLE') properties.housingUnits = 4 + Math.floor(ctx.rng() * 9);
  ctx.placed.push({
    town,
    position: [round(position[0], 6), round(position[1], 6)],
    distanceFromCentreM: distanceM(town.centre, position),
    properties,
  });
}

// A road as points every 10 m: its set bend plus a small deterministic wobble, as lanes follow the land.
// Drawn lazily, the first time a house is placed on the street, and kept.
function streetPath(ctx: Placement, street: Street): StreetPath {
  const cached = ctx.streetPaths.get(street);
  if (cached !== undefined) return cached;
  const [east0, north0] = street.originM ?? [0, 0];
  const path = [{ east: east0, north: north0, heading: street.bearing }];
  let turn = 0;
  for (let travelled = 0; travelled < street.lengthM + 10; travelled += 10) {
    const prev = at(path, path.length - 1);
    turn = 0.8 * turn + (ctx.rng() - 0.5) * 3;
    const heading = prev.heading + street.bendDegPerKm / 100 + turn;
    const rad = (heading * Math.PI) / 180;
    path.push({ east: prev.east + Math.sin(rad) * 10, north: prev.north + Math.cos(rad) * 10, heading });
  }
  ctx.streetPaths.set(street, path);
  return path;
}

function streetPoint(
  ctx: Placement,
  town: Town,
  street: Street,
  s: number,
): { point: Position; headingDeg: number } {
  const path = streetPath(ctx, street);
  const i = Math.min(Math.floor(s / 10), path.length - 2);
  const a = at(path, i);
  const b = at(path, i + 1);
  const t = Math.min(1, Math.max(0, s / 10 - i));
  const east = a.east + (b.east - a.east) * t;
  const north = a.north + (b.north - a.north) * t;
  return { point: offset(town.centre, east, north), headingDeg: a.heading };
}

function placeTown(ctx: Placement, town: Town): void {
  const { rng } = ctx;
  // Houses around the square, on a ring 35–70 m from the church or town hall.
  let squareNumber = 1;
  for (let i = 0, tries = 0; i < town.square.houses && tries < 200; tries += 1) {
    const angle = rng() * 2 * Math.PI;
    const r = 35 + rng() * 35;
    const position = offset(town.centre, Math.sin(angle) * r, Math.cos(angle) * r);
    if (!farEnough(ctx, position)) continue;
    addBuilding(ctx, town, position, String(squareNumber), town.square.name, 1, 'PAVILLON');
    squareNumber += 1 + Math.floor(rng() * 2);
    i += 1;
  }

  town.streets.forEach((street, streetIndex) => {
    const pmIndex = 1 + (streetIndex % town.pmCount);
    // Dense along the village street, then scattered farms and houses along the longer roads out.
    const exponent = street.lengthM > 1000 ? 1.9 : street.originM === undefined ? 1.25 : 1;
    const start = street.originM === undefined ? 45 : 10;
    const next = { odd: 1, even: 2 };
    const last: { odd?: number; even?: number } = {};
    let blocksLeft = streetIndex === 0 ? town.apartmentBlocks : 0;
    for (let k = 1; k <= street.houses; k += 1) {
      const nominal = start + (street.lengthM - start) * (k / street.houses) ** exponent;
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const s = Math.min(street.lengthM, nominal + (rng() - 0.5) * 24);
        const { point, headingDeg } = streetPoint(ctx, town, street, s);
        const side = rng() < 0.5 ? 'odd' : 'even'; // odd numbers on the left, even on the right
        const depth = s > 600 ? 12 + rng() * 40 : 10 + rng() * 18; // farms sit back from the road
        const lateral = depth * (side === 'odd' ? -1 : 1);
        const normal = ((headingDeg + 90) * Math.PI) / 180;
        const house = offset(point, Math.sin(normal) * lateral, Math.cos(normal) * lateral);
        if (!farEnough(ctx, house)) continue;
        const previous = last[side];
        let number: string;
        if (previous !== undefined && rng() < 0.04) {
          number = `${previous} bis`; // a second house behind the first, same number
        } else {
          number = String(next[side]);
          last[side] = next[side];
          next[side] += rng() < 0.15 ? 4 : 2; // skipped numbers: gardens, barns, vacant plots
        }
        const type = blocksLeft > 0 && s < 350 && rng() < 0.5 ? 'IMMEUBLE' : 'PAVILLON';
        if (type === 'IMMEUBLE') blocksLeft -= 1;
        addBuilding(ctx, town, house, number, street.name, pmIndex, type);
        break;
      }
    }
  });
}

// Places every town's buildings in table order, then marks a couple abandoned: the farthest-out house of
// two own villages (ruins, demolition permits).
export function placeBuildings(towns: readonly Town[], rng: Rng): PlacedBuilding[] {
  const ctx: Placement = { rng, placed: [], buildingIds: new Set(), streetPaths: new Map() };
  for (const town of towns) placeTown(ctx, town);

  for (const key of ['jussy', 'saint-bris']) {
    const candidates = ctx.placed.filter((b) => b.town.key === key);
    const farthest = candidates.reduce((a, b) => (b.distanceFromCentreM > a.distanceFromCentreM ? b : a));
    farthest.properties.state = 'ABANDONNE';
    delete farthest.properties.access;
  }
  return ctx.placed;
}
