// Validation of what is actually written (parsed back from the text). Throws on the first problem.
import { MIN_SPACING_M } from './buildings.ts';
import { at, distanceM } from './random.ts';
import type { Position } from './types.ts';

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

export function validate(raw: string): Record<string, number> {
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
    } else if (kind === 'pm' || kind === 'pbo') {
      if (geometry.type !== 'Point') fail(index, `${kind} must be a Point`);
      checkPosition(index, geometry.coordinates);
      requireString(index, properties, 'name');
      if (kind === 'pm') requireNumber(index, properties, 'capacity', 24, 10_000);
      else if (!ids.has(requireString(index, properties, 'pm'))) fail(index, 'pbo before its pm');
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
