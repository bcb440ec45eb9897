// Arcep's `imb_id` changes between releases, so it can never be our key. An Arcep building keeps the
// id it got when first imported ("ARCEP-" + 16 hex digits of a hash of its address and position, so
// two databases importing the same file agree), and later releases find it again:
//   1. by address: same INSEE code + number + street (normalised), the nearest if several;
//   2. else by position: an Arcep building within 5 m (a renamed street, a corrected number).
// A line matching a building from another source (IPE, GeoJSON) by address or within 5 m is left
// alone: the operator's own files are fresher and more precise than Arcep's quarterly open data.
import { createHash } from 'node:crypto';
import KDBush from 'kdbush';
import { distanceM, metresPerDegree } from '../../../shared/eligibility/geo.ts';
import { normaliseSearchText } from '../../../shared/schemas/addresses.ts';
import {
  IMPORTED_BUILDING_VALUES,
  type KnownBuilding,
} from '../../repositories/addresses-buildings.repository.ts';

const ARCEP_MATCH_RADIUS_M = 5;

export interface ArcepCandidate {
  line: number;
  /** Address key, see addressKey. */
  key: string;
  lat: number;
  lon: number;
  /** The values the line would write, to prefer an existing building that already has them. */
  values: ArcepValues;
}

export type ArcepValues = Omit<KnownBuilding, 'id'>;

export interface ArcepMatch {
  line: number;
  /** Existing id, or a new one; empty when not kept. */
  id: string;
  /** False when the line describes a building another source (IPE, GeoJSON) already has. */
  kept: boolean;
}

/** INSEE code + street part of the address (what precedes ", postcode city"), normalised. */
export function addressKey(insee: string | null, address: string | null): string {
  const street = (address ?? '').split(',')[0] ?? '';
  return `${(insee ?? '').toUpperCase()}|${normaliseSearchText(street)}`;
}

function newArcepId(key: string, lat: number, lon: number, taken: ReadonlySet<string>): string {
  for (let n = 0; ; n++) {
    const digest = createHash('sha256')
      .update(`${key}|${lat.toFixed(7)}|${lon.toFixed(7)}|${n}`)
      .digest('hex');
    const id = `ARCEP-${digest.slice(0, 16).toUpperCase()}`;
    if (!taken.has(id)) return id;
  }
}

function spatialIndex(buildings: readonly KnownBuilding[]) {
  if (!buildings.length) return () => [] as KnownBuilding[];
  const index = new KDBush(buildings.length);
  for (const b of buildings) index.add(b.lon, b.lat);
  index.finish();
  return (lat: number, lon: number): KnownBuilding[] => {
    const m = metresPerDegree(lat);
    const dLat = (ARCEP_MATCH_RADIUS_M * 1.01) / m.lat;
    const dLon = (ARCEP_MATCH_RADIUS_M * 1.01) / Math.max(m.lon, 1);
    return index
      .range(lon - dLon, lat - dLat, lon + dLon, lat + dLat)
      .map((i) => buildings[i])
      .filter((b): b is KnownBuilding => !!b && distanceM(lat, lon, b.lat, b.lon) <= ARCEP_MATCH_RADIUS_M);
  };
}

function sameValues(b: KnownBuilding, values: ArcepValues): boolean {
  return IMPORTED_BUILDING_VALUES.every((k) => b[k] === values[k]);
}

/** Decides the id of each line, in file order (so the outcome is deterministic). */
export function matchArcep(lines: readonly ArcepCandidate[], known: readonly KnownBuilding[]): ArcepMatch[] {
  const arcep = known.filter((b) => b.source === 'arcep');
  const others = known.filter((b) => b.source !== 'arcep');
  const byKey = new Map<string, KnownBuilding[]>();
  for (const b of arcep) {
    const key = addressKey(b.insee_code, b.address);
    byKey.set(key, [...(byKey.get(key) ?? []), b]);
  }
  const otherKeys = new Set(
    others.filter((b) => b.insee_code).map((b) => addressKey(b.insee_code, b.address)),
  );
  const arcepNear = spatialIndex(arcep);
  const otherNear = spatialIndex(others);
  const claimed = new Set<string>();
  const taken = new Set(known.map((b) => b.id));

  return lines.map((line) => {
    if (otherKeys.has(line.key) || otherNear(line.lat, line.lon).length > 0) {
      return { line: line.line, id: '', kept: false };
    }
    const free = (b: KnownBuilding) => !claimed.has(b.id);
    const nearest = (list: KnownBuilding[]) =>
      list
        .filter(free)
        .sort(
          (a, b) =>
            Number(sameValues(b, line.values)) - Number(sameValues(a, line.values)) ||
            distanceM(line.lat, line.lon, a.lat, a.lon) - distanceM(line.lat, line.lon, b.lat, b.lon) ||
            (a.id < b.id ? -1 : 1),
        )[0];
    const found = nearest(byKey.get(line.key) ?? []) ?? nearest(arcepNear(line.lat, line.lon));
    const id = found?.id ?? newArcepId(line.key, line.lat, line.lon, taken);
    claimed.add(id);
    taken.add(id);
    return { line: line.line, id, kept: true };
  });
}
