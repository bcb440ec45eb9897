// Generates the demo cooperative's network in the Yonne as one GeoJSON FeatureCollection (CONTRACT.md §5).
// Deterministic: a seeded PRNG (mulberry32), no clock, no network. Re-running gives a byte-identical file.
// Run: npx tsx server/demo/data/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('./yonne.geojson', import.meta.url));
const SEED = 0x89_2026;

// ---------------------------------------------------------------------------------------------------------
// Types of what we write

type Position = [number, number]; // [lon, lat]
type Support = 'clocher' | "château d'eau" | 'silo' | 'toit' | 'pylône';
type IpeState = 'CIBLE' | 'SIGNE' | 'EN COURS DE DEPLOIEMENT' | 'DEPLOYE' | 'ABANDONNE';
type Beamwidth = 60 | 90 | 120;

interface Sector {
  id: string;
  azimuth: number;
  beamwidth: Beamwidth;
  rangeM: number;
  full?: true;
  frequencyMHz: number;
}

interface SiteProperties {
  kind: 'site';
  id: string;
  name: string;
  host?: string;
  support: Support;
  groundAltitudeM: number;
  mastHeightM: number;
  sectors: Sector[];
}

interface BuildingProperties {
  kind: 'building';
  id: string;
  state: IpeState;
  type: 'PAVILLON' | 'IMMEUBLE';
  address: string;
  pm: string;
  network: 'own' | 'wholesale';
  operator?: string;
  access?: string;
  housingUnits?: number;
}

interface ZoneProperties {
  kind: 'fibre-zone';
  id: string;
  name: string;
  status: 'available' | 'planned';
  network: 'own';
}

type Feature =
  | { type: 'Feature'; geometry: { type: 'Point'; coordinates: Position }; properties: SiteProperties }
  | { type: 'Feature'; geometry: { type: 'Point'; coordinates: Position }; properties: BuildingProperties }
  | { type: 'Feature'; geometry: { type: 'Polygon'; coordinates: Position[][] }; properties: ZoneProperties };

// ---------------------------------------------------------------------------------------------------------
// Deterministic helpers

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = mulberry32(SEED);

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`index ${index} out of range (${items.length})`);
  return item;
}

function pick<T>(items: readonly T[]): T {
  return at(items, Math.floor(rng() * items.length));
}

function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return at(entries, entries.length - 1)[0];
}

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

// Local flat-earth projection around a point: good to a few centimetres over 2 km.
const M_PER_DEG_LAT = 111_320;
function offset(origin: Position, eastM: number, northM: number): Position {
  const [lon, lat] = origin;
  return [lon + eastM / (M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180)), lat + northM / M_PER_DEG_LAT];
}
function distanceM(a: Position, b: Position): number {
  const midLat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  const dx = (a[0] - b[0]) * M_PER_DEG_LAT * Math.cos(midLat);
  const dy = (a[1] - b[1]) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

// ---------------------------------------------------------------------------------------------------------
// Relay sites: real positions of the towns (public commune coordinates, 4 decimals), hand-written sectors.

const sites: { position: Position; properties: SiteProperties }[] = [
  {
    position: [3.585, 47.7219],
    properties: {
      kind: 'site',
      id: 'site-jussy',
      name: 'Jussy — clocher',
      host: 'Commune de Jussy',
      support: 'clocher',
      groundAltitudeM: 168,
      mastHeightM: 22,
      sectors: [
        { id: 'jussy-n', azimuth: 10, beamwidth: 90, rangeM: 5000, frequencyMHz: 5500 },
        { id: 'jussy-e', azimuth: 110, beamwidth: 120, rangeM: 6000, frequencyMHz: 5580 },
        { id: 'jussy-w', azimuth: 250, beamwidth: 120, rangeM: 4500, full: true, frequencyMHz: 5660 },
      ],
    },
  },
  {
    position: [3.5819, 47.7011],
    properties: {
      kind: 'site',
      id: 'site-coulanges',
      name: 'Coulanges-la-Vineuse — clocher',
      host: 'Commune de Coulanges-la-Vineuse',
      support: 'clocher',
      groundAltitudeM: 194,
      mastHeightM: 30,
      sectors: [
        { id: 'coulanges-s', azimuth: 175, beamwidth: 90, rangeM: 7000, frequencyMHz: 5520 },
        { id: 'coulanges-w', azimuth: 265, beamwidth: 90, rangeM: 6000, frequencyMHz: 5600 },
      ],
    },
  },
  {
    position: [3.6503, 47.7442],
    properties: {
      kind: 'site',
      id: 'site-saint-bris',
      name: 'Saint-Bris-le-Vineux — clocher',
      host: 'Commune de Saint-Bris-le-Vineux',
      support: 'clocher',
      groundAltitudeM: 176,
      mastHeightM: 28,
      sectors: [
        { id: 'saint-bris-ne', azimuth: 40, beamwidth: 90, rangeM: 6500, frequencyMHz: 5540 },
        { id: 'saint-bris-se', azimuth: 140, beamwidth: 90, rangeM: 5500, frequencyMHz: 5620 },
        { id: 'saint-bris-w', azimuth: 260, beamwidth: 60, rangeM: 8000, frequencyMHz: 5700 },
      ],
    },
  },
  {
    position: [3.5675, 47.7986],
    properties: {
      kind: 'site',
      id: 'site-auxerre',
      name: 'Auxerre — toit',
      host: "Copropriété (convention d'hébergement)",
      support: 'toit',
      groundAltitudeM: 132,
      mastHeightM: 12,
      sectors: [
        { id: 'auxerre-n', azimuth: 0, beamwidth: 90, rangeM: 4000, frequencyMHz: 5500 },
        { id: 'auxerre-e', azimuth: 90, beamwidth: 90, rangeM: 4000, full: true, frequencyMHz: 5580 },
        { id: 'auxerre-s', azimuth: 180, beamwidth: 90, rangeM: 3500, frequencyMHz: 5660 },
        { id: 'auxerre-w', azimuth: 270, beamwidth: 90, rangeM: 3000, frequencyMHz: 5700 },
      ],
    },
  },
  {
    position: [3.6025, 47.9042],
    properties: {
      kind: 'site',
      id: 'site-seignelay',
      name: 'Seignelay — clocher',
      host: 'Commune de Seignelay',
      support: 'clocher',
      groundAltitudeM: 128,
      mastHeightM: 26,
      sectors: [
        { id: 'seignelay-n', azimuth: 350, beamwidth: 120, rangeM: 6000, frequencyMHz: 5520 },
        { id: 'seignelay-se', azimuth: 130, beamwidth: 90, rangeM: 5000, frequencyMHz: 5620 },
      ],
    },
  },
  {
    position: [3.7975, 47.8156],
    properties: {
      kind: 'site',
      id: 'site-chablis',
      name: 'Chablis — pylône',
      support: 'pylône',
      groundAltitudeM: 140,
      mastHeightM: 30,
      sectors: [
        { id: 'chablis-n', azimuth: 340, beamwidth: 90, rangeM: 7500, frequencyMHz: 5540 },
        { id: 'chablis-e', azimuth: 80, beamwidth: 90, rangeM: 6000, frequencyMHz: 5600 },
        { id: 'chablis-sw', azimuth: 220, beamwidth: 120, rangeM: 5000, frequencyMHz: 5680 },
      ],
    },
  },
  {
    position: [3.7361, 47.6658],
    properties: {
      kind: 'site',
      id: 'site-vermenton',
      name: "Vermenton — château d'eau",
      host: 'Syndicat des eaux',
      support: "château d'eau",
      groundAltitudeM: 136,
      mastHeightM: 22,
      sectors: [
        { id: 'vermenton-n', azimuth: 15, beamwidth: 60, rangeM: 8000, frequencyMHz: 5500 },
        { id: 'vermenton-s', azimuth: 190, beamwidth: 120, rangeM: 5000, frequencyMHz: 5580 },
      ],
    },
  },
  {
    position: [3.2942, 47.7372],
    properties: {
      kind: 'site',
      id: 'site-toucy',
      name: 'Toucy — silo',
      host: 'Coopérative agricole',
      support: 'silo',
      groundAltitudeM: 196,
      mastHeightM: 36,
      sectors: [
        { id: 'toucy-ne', azimuth: 45, beamwidth: 120, rangeM: 7000, frequencyMHz: 5520 },
        { id: 'toucy-s', azimuth: 170, beamwidth: 90, rangeM: 6000, frequencyMHz: 5600 },
        { id: 'toucy-w', azimuth: 280, beamwidth: 90, rangeM: 6000, frequencyMHz: 5680 },
      ],
    },
  },
  {
    position: [3.3972, 47.9828],
    properties: {
      kind: 'site',
      id: 'site-joigny',
      name: "Joigny — château d'eau",
      host: 'Ville de Joigny',
      support: "château d'eau",
      groundAltitudeM: 112,
      mastHeightM: 32,
      sectors: [
        { id: 'joigny-e', azimuth: 80, beamwidth: 90, rangeM: 5500, frequencyMHz: 5540 },
        { id: 'joigny-s', azimuth: 170, beamwidth: 90, rangeM: 6500, frequencyMHz: 5620 },
        { id: 'joigny-w', azimuth: 260, beamwidth: 120, rangeM: 5000, frequencyMHz: 5700 },
      ],
    },
  },
  {
    position: [3.9078, 47.49],
    properties: {
      kind: 'site',
      id: 'site-avallon',
      name: "Avallon — château d'eau",
      host: "Ville d'Avallon",
      support: "château d'eau",
      groundAltitudeM: 252,
      mastHeightM: 24,
      sectors: [
        { id: 'avallon-n', azimuth: 330, beamwidth: 90, rangeM: 7000, frequencyMHz: 5500 },
        { id: 'avallon-se', azimuth: 120, beamwidth: 120, rangeM: 5000, frequencyMHz: 5600 },
      ],
    },
  },
  {
    position: [3.0653, 48.3408],
    properties: {
      kind: 'site',
      id: 'site-villeneuve-la-guyard',
      name: 'Villeneuve-la-Guyard — silo',
      host: 'Coopérative agricole',
      support: 'silo',
      groundAltitudeM: 64,
      mastHeightM: 38,
      sectors: [
        { id: 'villeneuve-la-guyard-e', azimuth: 100, beamwidth: 90, rangeM: 6000, frequencyMHz: 5520 },
        { id: 'villeneuve-la-guyard-s', azimuth: 200, beamwidth: 90, rangeM: 5000, frequencyMHz: 5660 },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Fibre villages: streets radiate from the centre; houses sit on either side, sparser further out.

interface Street {
  name: string; // as written after the house number: "rue de l'Église", "Grande Rue"
  bearing: number; // degrees from north at the centre
  bendDegPerKm: number; // gentle curve
  lengthM: number;
  houses: number; // target
  originM?: [number, number]; // where a lane starts, east/north of the centre; main streets start at it
}

interface Town {
  key: string;
  commune: string;
  postcode: string;
  insee: string;
  centre: Position;
  network: 'own' | 'wholesale';
  operator?: string;
  pmCount: number;
  states: readonly (readonly [IpeState, number])[];
  square: { name: string; houses: number };
  streets: Street[];
  apartmentBlocks: number;
}

const towns: Town[] = [
  {
    key: 'jussy',
    commune: 'Jussy',
    postcode: '89290',
    insee: '89212',
    centre: [3.585, 47.7219],
    network: 'own',
    pmCount: 1,
    states: [
      ['DEPLOYE', 90],
      ['EN COURS DE DEPLOIEMENT', 8],
      ['SIGNE', 2],
    ],
    square: { name: "place de l'Église", houses: 5 },
    streets: [
      { name: 'Grande Rue', bearing: 30, bendDegPerKm: 20, lengthM: 700, houses: 12 },
      { name: "route d'Auxerre", bearing: 355, bendDegPerKm: -8, lengthM: 1400, houses: 8 },
      { name: 'chemin des Vignes', bearing: 95, bendDegPerKm: 30, lengthM: 900, houses: 7 },
      { name: 'rue du Lavoir', bearing: 200, bendDegPerKm: -25, lengthM: 450, houses: 5 },
      { name: "route de Gy-l'Évêque", bearing: 265, bendDegPerKm: 10, lengthM: 1300, houses: 8 },
      { name: 'rue Haute', bearing: 330, bendDegPerKm: 0, lengthM: 250, houses: 5, originM: [-120, 80] },
      {
        name: 'impasse des Jardins',
        bearing: 150,
        bendDegPerKm: 0,
        lengthM: 180,
        houses: 4,
        originM: [110, -90],
      },
    ],
    apartmentBlocks: 0,
  },
  {
    key: 'coulanges',
    commune: 'Coulanges-la-Vineuse',
    postcode: '89580',
    insee: '89118',
    centre: [3.5819, 47.7011],
    network: 'own',
    pmCount: 1,
    states: [
      ['DEPLOYE', 55],
      ['EN COURS DE DEPLOIEMENT', 35],
      ['SIGNE', 10],
    ],
    square: { name: 'place de la Mairie', houses: 6 },
    streets: [
      { name: 'Grande Rue', bearing: 80, bendDegPerKm: -15, lengthM: 600, houses: 10 },
      { name: 'rue du Pressoir', bearing: 150, bendDegPerKm: 20, lengthM: 500, houses: 8 },
      { name: 'route de Vincelles', bearing: 100, bendDegPerKm: 10, lengthM: 1400, houses: 8 },
      { name: 'route de Migé', bearing: 225, bendDegPerKm: -10, lengthM: 1300, houses: 8 },
      { name: 'rue des Écoles', bearing: 290, bendDegPerKm: 25, lengthM: 500, houses: 7 },
      { name: 'route de Jussy', bearing: 345, bendDegPerKm: 0, lengthM: 650, houses: 5 },
      { name: 'rue des Fossés', bearing: 20, bendDegPerKm: 0, lengthM: 260, houses: 5, originM: [150, 60] },
      {
        name: 'ruelle du Four',
        bearing: 250,
        bendDegPerKm: 0,
        lengthM: 200,
        houses: 4,
        originM: [-90, -110],
      },
    ],
    apartmentBlocks: 0,
  },
  {
    key: 'saint-bris',
    commune: 'Saint-Bris-le-Vineux',
    postcode: '89530',
    insee: '89337',
    centre: [3.6503, 47.7442],
    network: 'own',
    pmCount: 2,
    states: [
      ['DEPLOYE', 85],
      ['EN COURS DE DEPLOIEMENT', 10],
      ['SIGNE', 5],
    ],
    square: { name: "place de l'Église", houses: 6 },
    streets: [
      { name: 'Grande Rue', bearing: 60, bendDegPerKm: 15, lengthM: 700, houses: 13 },
      { name: 'rue des Caves', bearing: 120, bendDegPerKm: -20, lengthM: 450, houses: 7 },
      { name: 'route de Chitry', bearing: 85, bendDegPerKm: 5, lengthM: 1450, houses: 8 },
      { name: "route d'Irancy", bearing: 175, bendDegPerKm: 12, lengthM: 1300, houses: 8 },
      { name: "route d'Auxerre", bearing: 300, bendDegPerKm: -6, lengthM: 1400, houses: 10 },
      { name: 'chemin des Vignes', bearing: 235, bendDegPerKm: 25, lengthM: 800, houses: 7 },
      {
        name: 'rue de la Fontaine',
        bearing: 20,
        bendDegPerKm: 0,
        lengthM: 280,
        houses: 6,
        originM: [-140, 60],
      },
      {
        name: 'impasse des Caves',
        bearing: 200,
        bendDegPerKm: 0,
        lengthM: 200,
        houses: 4,
        originM: [130, -120],
      },
    ],
    apartmentBlocks: 1,
  },
  {
    key: 'seignelay',
    commune: 'Seignelay',
    postcode: '89250',
    insee: '89382',
    centre: [3.6025, 47.9042],
    network: 'own',
    pmCount: 2,
    states: [
      ['SIGNE', 45],
      ['CIBLE', 45],
      ['EN COURS DE DEPLOIEMENT', 10],
    ],
    square: { name: 'place Colbert', houses: 6 },
    streets: [
      { name: 'Grande Rue', bearing: 20, bendDegPerKm: -10, lengthM: 650, houses: 10 },
      { name: "route d'Hauterive", bearing: 345, bendDegPerKm: 6, lengthM: 1400, houses: 8 },
      { name: 'route de Héry', bearing: 75, bendDegPerKm: -8, lengthM: 1300, houses: 8 },
      { name: 'rue du Moulin', bearing: 130, bendDegPerKm: 20, lengthM: 500, houses: 6 },
      { name: 'rue de la Forêt', bearing: 190, bendDegPerKm: -15, lengthM: 900, houses: 6 },
      { name: 'route de Chemilly', bearing: 265, bendDegPerKm: 8, lengthM: 1300, houses: 7 },
      {
        name: 'rue des Fossés',
        bearing: 200,
        bendDegPerKm: 0,
        lengthM: 260,
        houses: 5,
        originM: [-130, -60],
      },
      {
        name: 'rue de la Fontaine',
        bearing: 60,
        bendDegPerKm: 0,
        lengthM: 250,
        houses: 5,
        originM: [140, 90],
      },
    ],
    apartmentBlocks: 1,
  },
  {
    key: 'chablis',
    commune: 'Chablis',
    postcode: '89800',
    insee: '89068',
    centre: [3.7975, 47.8156],
    network: 'wholesale',
    operator: 'Yconik',
    pmCount: 2,
    states: [
      ['DEPLOYE', 85],
      ['EN COURS DE DEPLOIEMENT', 10],
      ['SIGNE', 5],
    ],
    square: { name: 'place du Général de Gaulle', houses: 7 },
    streets: [
      { name: 'rue Auxerroise', bearing: 255, bendDegPerKm: 10, lengthM: 800, houses: 12 },
      { name: 'route de Tonnerre', bearing: 95, bendDegPerKm: -6, lengthM: 1400, houses: 10 },
      { name: 'route de Maligny', bearing: 340, bendDegPerKm: 5, lengthM: 1400, houses: 8 },
      { name: 'rue des Moulins', bearing: 15, bendDegPerKm: 25, lengthM: 500, houses: 8 },
      { name: 'route de Fyé', bearing: 50, bendDegPerKm: 10, lengthM: 1300, houses: 7 },
      { name: 'chemin des Vignes', bearing: 185, bendDegPerKm: -20, lengthM: 900, houses: 7 },
      {
        name: 'rue des Fossés',
        bearing: 320,
        bendDegPerKm: 0,
        lengthM: 280,
        houses: 6,
        originM: [-120, 120],
      },
      {
        name: 'impasse du Serein',
        bearing: 140,
        bendDegPerKm: 0,
        lengthM: 220,
        houses: 5,
        originM: [150, -80],
      },
    ],
    apartmentBlocks: 3,
  },
  {
    key: 'vermenton',
    commune: 'Vermenton',
    postcode: '89270',
    insee: '89441',
    centre: [3.7361, 47.6658],
    network: 'wholesale',
    operator: 'Yconik',
    pmCount: 1,
    states: [
      ['DEPLOYE', 75],
      ['EN COURS DE DEPLOIEMENT', 15],
      ['CIBLE', 10],
    ],
    square: { name: 'place de la Mairie', houses: 5 },
    streets: [
      { name: 'rue du Général de Gaulle', bearing: 10, bendDegPerKm: -12, lengthM: 900, houses: 11 },
      { name: 'avenue de la Gare', bearing: 280, bendDegPerKm: 15, lengthM: 800, houses: 8 },
      { name: "route d'Accolay", bearing: 245, bendDegPerKm: -5, lengthM: 1400, houses: 7 },
      { name: 'rue de la Cure', bearing: 195, bendDegPerKm: 18, lengthM: 900, houses: 8 },
      { name: 'rue du Moulin', bearing: 110, bendDegPerKm: -20, lengthM: 450, houses: 4 },
      { name: 'rue Haute', bearing: 60, bendDegPerKm: 0, lengthM: 260, houses: 5, originM: [120, 60] },
      {
        name: 'impasse des Jardins',
        bearing: 230,
        bendDegPerKm: 0,
        lengthM: 200,
        houses: 4,
        originM: [-100, -130],
      },
    ],
    apartmentBlocks: 2,
  },
];

const MIN_SPACING_M = 15;
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

const buildingIds = new Set<string>();
function newBuildingId(town: Town): string {
  // IdentifiantImmeuble style: IMB/<INSEE>/<letter>/<4 chars>; opaque, ≤ 30 chars.
  const letter = town.network === 'own' ? 'X' : 'C';
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 4; i += 1) suffix += pick([...ID_ALPHABET]);
    const id = `IMB/${town.insee}/${letter}/${suffix}`;
    if (!buildingIds.has(id)) {
      buildingIds.add(id);
      return id;
    }
  }
}

interface PlacedBuilding {
  town: Town;
  position: Position;
  distanceFromCentreM: number;
  properties: BuildingProperties;
}

const placed: PlacedBuilding[] = [];

function farEnough(position: Position): boolean {
  return placed.every((b) => distanceM(b.position, position) >= MIN_SPACING_M + 1);
}

function accessFor(state: IpeState, type: BuildingProperties['type']): string | undefined {
  if (state !== 'DEPLOYE' && state !== 'EN COURS DE DEPLOIEMENT') return undefined;
  if (type === 'IMMEUBLE') return pick(IMMEUBLE_ACCESS);
  return rng() < 0.6 ? pick(PAVILLON_ACCESS) : undefined;
}

function addBuilding(
  town: Town,
  position: Position,
  number: string,
  street: string,
  pmIndex: number,
  type: BuildingProperties['type'],
): void {
  const state = weighted(town.states);
  const properties: BuildingProperties = {
    kind: 'building',
    id: newBuildingId(town),
    state,
    type,
    address: `${number} ${street}, ${town.postcode} ${town.commune}`,
    pm: `PM-${town.postcode}-${String(pmIndex).padStart(2, '0')}`,
    network: town.network,
  };
  if (town.operator !== undefined) properties.operator = town.operator;
  const access = accessFor(state, type);
  if (access !== undefined) properties.access = access;
  if (type === 'IMMEUBLE') properties.housingUnits = 4 + Math.floor(rng() * 9);
  placed.push({
    town,
    position: [round(position[0], 6), round(position[1], 6)],
    distanceFromCentreM: distanceM(town.centre, position),
    properties,
  });
}

const streetPaths = new Map<Street, { east: number; north: number; heading: number }[]>();

// A road as points every 10 m: its set bend plus a small deterministic wobble, as lanes follow the land.
function streetPath(street: Street): { east: number; north: number; heading: number }[] {
  const cached = streetPaths.get(street);
  if (cached !== undefined) return cached;
  const [east0, north0] = street.originM ?? [0, 0];
  const path = [{ east: east0, north: north0, heading: street.bearing }];
  let turn = 0;
  for (let travelled = 0; travelled < street.lengthM + 10; travelled += 10) {
    const prev = at(path, path.length - 1);
    turn = 0.8 * turn + (rng() - 0.5) * 3;
    const heading = prev.heading + street.bendDegPerKm / 100 + turn;
    const rad = (heading * Math.PI) / 180;
    path.push({ east: prev.east + Math.sin(rad) * 10, north: prev.north + Math.cos(rad) * 10, heading });
  }
  streetPaths.set(street, path);
  return path;
}

function streetPoint(town: Town, street: Street, s: number): { point: Position; headingDeg: number } {
  const path = streetPath(street);
  const i = Math.min(Math.floor(s / 10), path.length - 2);
  const a = at(path, i);
  const b = at(path, i + 1);
  const t = Math.min(1, Math.max(0, s / 10 - i));
  const east = a.east + (b.east - a.east) * t;
  const north = a.north + (b.north - a.north) * t;
  return { point: offset(town.centre, east, north), headingDeg: a.heading };
}

function generateTown(town: Town): void {
  // Houses around the square, on a ring 35–70 m from the church or town hall.
  let squareNumber = 1;
  for (let i = 0, tries = 0; i < town.square.houses && tries < 200; tries += 1) {
    const angle = rng() * 2 * Math.PI;
    const r = 35 + rng() * 35;
    const position = offset(town.centre, Math.sin(angle) * r, Math.cos(angle) * r);
    if (!farEnough(position)) continue;
    addBuilding(town, position, String(squareNumber), town.square.name, 1, 'PAVILLON');
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
        const { point, headingDeg } = streetPoint(town, street, s);
        const side = rng() < 0.5 ? 'odd' : 'even'; // odd numbers on the left, even on the right
        const depth = s > 600 ? 12 + rng() * 40 : 10 + rng() * 18; // farms sit back from the road
        const lateral = depth * (side === 'odd' ? -1 : 1);
        const normal = ((headingDeg + 90) * Math.PI) / 180;
        const house = offset(point, Math.sin(normal) * lateral, Math.cos(normal) * lateral);
        if (!farEnough(house)) continue;
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
        addBuilding(town, house, number, street.name, pmIndex, type);
        break;
      }
    }
  });
}

for (const town of towns) generateTown(town);

// A couple of abandoned buildings: the farthest-out house of two own villages (ruins, demolition permits).
for (const key of ['jussy', 'saint-bris']) {
  const candidates = placed.filter((b) => b.town.key === key);
  const farthest = candidates.reduce((a, b) => (b.distanceFromCentreM > a.distanceFromCentreM ? b : a));
  farthest.properties.state = 'ABANDONNE';
  delete farthest.properties.access;
}

// ---------------------------------------------------------------------------------------------------------
// Fibre zones: the convex hull of a village's buildings, each grown by a 150 m disc (a smooth, closed ring).

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

function zoneRing(town: Town): Position[] {
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

function townByKey(key: string): Town {
  const town = towns.find((t) => t.key === key);
  if (town === undefined) throw new Error(`unknown town ${key}`);
  return town;
}

const zones: { ring: Position[]; properties: ZoneProperties }[] = [
  {
    ring: zoneRing(townByKey('jussy')),
    properties: {
      kind: 'fibre-zone',
      id: 'zone-jussy',
      name: 'Jussy — fibre coopérative',
      status: 'available',
      network: 'own',
    },
  },
  {
    ring: zoneRing(townByKey('saint-bris')),
    properties: {
      kind: 'fibre-zone',
      id: 'zone-saint-bris',
      name: 'Saint-Bris-le-Vineux — fibre coopérative',
      status: 'available',
      network: 'own',
    },
  },
  {
    ring: zoneRing(townByKey('seignelay')),
    properties: {
      kind: 'fibre-zone',
      id: 'zone-seignelay',
      name: 'Seignelay — extension prévue',
      status: 'planned',
      network: 'own',
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Assemble and write: one feature per line, stable key order.

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
];

const text =
  '{"type":"FeatureCollection","features":[\n' +
  features.map((f) => JSON.stringify(f)).join(',\n') +
  '\n]}\n';

// ---------------------------------------------------------------------------------------------------------
// Validation of what is actually written (parsed back from the text). Throws on the first problem.

const IPE_STATES: readonly string[] = ['CIBLE', 'SIGNE', 'EN COURS DE DEPLOIEMENT', 'DEPLOYE', 'ABANDONNE'];
const BBOX = { minLat: 47.3, maxLat: 48.45, minLon: 2.8, maxLon: 4.35 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function fail(index: number, reason: string): never {
  throw new Error(`yonne.geojson feature ${index}: ${reason}`);
}
function checkPosition(index: number, value: unknown): Position {
  if (!Array.isArray(value) || value.length !== 2) fail(index, 'position is not [lon, lat]');
  const [lon, lat]: unknown[] = value;
  if (typeof lon !== 'number' || typeof lat !== 'number') fail(index, 'position is not numeric');
  if (lat < BBOX.minLat || lat > BBOX.maxLat || lon < BBOX.minLon || lon > BBOX.maxLon) {
    fail(index, `position ${lon},${lat} outside the Yonne`);
  }
  return [lon, lat];
}
function requireString(index: number, props: Record<string, unknown>, key: string): string {
  const value = props[key];
  if (typeof value !== 'string' || value.length === 0) fail(index, `missing string property ${key}`);
  return value;
}
function requireNumber(
  index: number,
  props: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
): number {
  const value = props[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    fail(index, `property ${key} missing or outside [${min}, ${max}]`);
  }
  return value;
}

function validate(raw: string): Record<string, number> {
  const parsed: unknown = JSON.parse(raw);
  if (!isRecord(parsed) || parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    throw new Error('yonne.geojson is not a FeatureCollection');
  }
  const counts: Record<string, number> = { site: 0, building: 0, 'fibre-zone': 0, sector: 0 };
  const ids = new Set<string>();
  const sectorIds = new Set<string>();
  const sitePositions: Position[] = [];
  const buildingPositions: Position[] = [];
  let fullSectors = 0;
  const items: unknown[] = parsed.features;

  items.forEach((feature, index) => {
    if (!isRecord(feature) || feature.type !== 'Feature') fail(index, 'not a Feature');
    const { geometry, properties } = feature;
    if (!isRecord(geometry) || !isRecord(properties)) fail(index, 'missing geometry or properties');
    const kind = requireString(index, properties, 'kind');
    const id = requireString(index, properties, 'id');
    if (ids.has(id)) fail(index, `duplicate id ${id}`);
    ids.add(id);

    if (kind === 'site' || kind === 'building') {
      if (geometry.type !== 'Point') fail(index, `${kind} must be a Point`);
      const position = checkPosition(index, geometry.coordinates);
      if (kind === 'site') {
        requireString(index, properties, 'name');
        requireNumber(index, properties, 'groundAltitudeM', 50, 400);
        requireNumber(index, properties, 'mastHeightM', 10, 40);
        const sectors = properties.sectors;
        if (!Array.isArray(sectors) || sectors.length < 2 || sectors.length > 4)
          fail(index, 'needs 2–4 sectors');
        const list: unknown[] = sectors;
        for (const sector of list) {
          if (!isRecord(sector)) fail(index, 'sector is not an object');
          const sectorId = requireString(index, sector, 'id');
          if (sectorIds.has(sectorId)) fail(index, `duplicate sector id ${sectorId}`);
          sectorIds.add(sectorId);
          requireNumber(index, sector, 'azimuth', 0, 359.999);
          const beamwidth = requireNumber(index, sector, 'beamwidth', 60, 120);
          if (![60, 90, 120].includes(beamwidth)) fail(index, `sector ${sectorId} beamwidth ${beamwidth}`);
          requireNumber(index, sector, 'rangeM', 3000, 8000);
          requireNumber(index, sector, 'frequencyMHz', 5500, 5700);
          if (sector.full !== undefined && sector.full !== true) fail(index, `sector ${sectorId} full`);
          if (sector.full === true) fullSectors += 1;
          counts.sector = (counts.sector ?? 0) + 1;
        }
        sitePositions.push(position);
      } else {
        if (id.length > 30) fail(index, `building id ${id} longer than 30`);
        const state = requireString(index, properties, 'state');
        if (!IPE_STATES.includes(state)) fail(index, `state ${state} is not an IPE value`);
        const address = requireString(index, properties, 'address');
        if (!/, \d{5} \S/.test(address)) fail(index, `address ${address} lacks a postcode and commune`);
        requireString(index, properties, 'pm');
        const network = requireString(index, properties, 'network');
        if (network !== 'own' && network !== 'wholesale') fail(index, `network ${network}`);
        const type = requireString(index, properties, 'type');
        if (type !== 'PAVILLON' && type !== 'IMMEUBLE') fail(index, `type ${type}`);
        buildingPositions.push(position);
      }
    } else if (kind === 'fibre-zone') {
      requireString(index, properties, 'name');
      const status = requireString(index, properties, 'status');
      if (status !== 'available' && status !== 'planned') fail(index, `status ${status}`);
      if (geometry.type !== 'Polygon' || !Array.isArray(geometry.coordinates))
        fail(index, 'zone must be a Polygon');
      const rings: unknown[] = geometry.coordinates;
      for (const ring of rings) {
        if (!Array.isArray(ring) || ring.length < 4) fail(index, 'ring needs at least 4 positions');
        const positions = (ring as unknown[]).map((p) => checkPosition(index, p));
        const first = at(positions, 0);
        const last = at(positions, positions.length - 1);
        if (first[0] !== last[0] || first[1] !== last[1]) fail(index, 'ring is not closed');
      }
    } else {
      fail(index, `unknown kind ${kind}`);
    }
    counts[kind] = (counts[kind] ?? 0) + 1;
  });

  if (fullSectors < 1 || fullSectors > 2) throw new Error(`expected 1–2 full sectors, got ${fullSectors}`);
  const buildings = counts.building ?? 0;
  if (buildings < 300 || buildings > 400) throw new Error(`expected 300–400 buildings, got ${buildings}`);
  buildingPositions.forEach((p, i) => {
    if (!sitePositions.some((s) => distanceM(s, p) <= 1500)) {
      throw new Error(`building at ${p.join(',')} is more than 1.5 km from every village centre`);
    }
    for (let j = i + 1; j < buildingPositions.length; j += 1) {
      const d = distanceM(p, at(buildingPositions, j));
      if (d < MIN_SPACING_M) throw new Error(`buildings at ${p.join(',')} are ${d.toFixed(1)} m apart`);
    }
  });
  if (raw.length > 400_000) throw new Error(`file is ${raw.length} bytes, over 400 KB`);
  return counts;
}

const counts = validate(text);
writeFileSync(OUTPUT, text, 'utf8');
const states = placed.reduce<Record<string, number>>((acc, b) => {
  acc[b.properties.state] = (acc[b.properties.state] ?? 0) + 1;
  return acc;
}, {});
console.log(
  `wrote ${OUTPUT}: ${Buffer.byteLength(text)} bytes; ${JSON.stringify(counts)}; states ${JSON.stringify(states)}`,
);
