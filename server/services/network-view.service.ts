// The public map's data, cut to what a view needs (issue 12). Everything is derived from the
// eligibility cache's snapshot (so the map, the answers and the offline package agree) and memoised
// per snapshot: a tile is computed once per data version, then served from memory.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import KDBush from 'kdbush';
import type { CoverageData, FibreBuilding } from '../../shared/schemas/eligibility.ts';
import { encodeBuildings } from '../../shared/eligibility/package-codec.ts';
import { latToTileY, lonToTileX, tileBounds } from '../../shared/map/tiles.ts';
import {
  CELLS_PER_TILE,
  DETAIL_ZOOM,
  PACKAGE_CHUNK_ZOOM,
  tileStateLetter,
  type NetworkOutline,
  type NetworkTile,
  type NetworkTileInput,
  type OfflineManifest,
} from '../../shared/schemas/network-view.ts';
import type { DB } from '../db/schema.ts';
import { coverageSnapshot } from './eligibility-cache.service.ts';

type ShownBuilding = FibreBuilding & { state: keyof typeof tileStateLetter };

interface Derived {
  version: string;
  shown: ShownBuilding[];
  index: KDBush;
  outline: NetworkOutline;
  tiles: Map<string, NetworkTile>;
  offline: { manifest: OfflineManifest; chunks: Map<string, Uint8Array> } | null;
}

const derived = new WeakMap<CoverageData, Derived>();
/** Tiles kept per data version; a view touches ~6, a department at all zooms a few thousand. */
const MAX_CACHED_TILES = 5000;

function isShown(b: FibreBuilding): b is ShownBuilding {
  return b.state !== 'abandoned';
}

function outlineOf(coverage: CoverageData, shown: ShownBuilding[], version: string): NetworkOutline {
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const p of [...coverage.sites, ...shown]) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
  }
  return {
    version,
    dataAsOf: coverage.dataAsOf,
    sites: coverage.sites,
    sectors: coverage.sectors,
    fibreZones: coverage.fibreZones,
    buildingCount: shown.length,
    bounds: south <= north ? { west, south, east, north } : null,
  };
}

function derive(coverage: CoverageData, fingerprint: string): Derived {
  let d = derived.get(coverage);
  if (d) return d;
  const version = createHash('sha256').update(fingerprint).digest('base64url').slice(0, 16);
  const shown = coverage.buildings.filter(isShown);
  const index = new KDBush(Math.max(shown.length, 1));
  for (const b of shown) index.add(b.lon, b.lat);
  if (shown.length === 0) index.add(0, 0); // KDBush needs one point; never returned (range checks ids)
  index.finish();
  d = {
    version,
    shown,
    index,
    outline: outlineOf(coverage, shown, version),
    tiles: new Map(),
    offline: null,
  };
  derived.set(coverage, d);
  return d;
}

async function current(db: Kysely<DB>): Promise<{ coverage: CoverageData; d: Derived }> {
  const snapshot = await coverageSnapshot(db);
  return { coverage: snapshot.coverage, d: derive(snapshot.coverage, snapshot.fingerprint) };
}

export async function networkOutline(db: Kysely<DB>): Promise<NetworkOutline> {
  return (await current(db)).d.outline;
}

function inTile(d: Derived, z: number, x: number, y: number): ShownBuilding[] {
  const b = tileBounds(z, x, y);
  const found: ShownBuilding[] = [];
  for (const i of d.index.range(b.west, b.south, b.east, b.north)) {
    const building = d.shown[i];
    // Half-open tiles: a building on a shared edge belongs to exactly one of them.
    if (!building || building.lon >= b.east || building.lat >= b.north) continue;
    found.push(building);
  }
  return found;
}

function computeTile(d: Derived, z: number, x: number, y: number, detail: boolean): NetworkTile {
  const buildings = inTile(d, z, x, y);
  if (detail) {
    const { west, south } = tileBounds(z, x, y);
    return {
      kind: 'points',
      lat: buildings.map((b) => Math.round((b.lat - south) * 1e6)),
      lon: buildings.map((b) => Math.round((b.lon - west) * 1e6)),
      states: buildings.map((b) => tileStateLetter[b.state]).join(''),
    };
  }
  const cells = new Map<number, { lat: number; lon: number; count: number; deployed: number }>();
  for (const b of buildings) {
    const cx = Math.floor((lonToTileX(b.lon, z) - x) * CELLS_PER_TILE);
    const cy = Math.floor((latToTileY(b.lat, z) - y) * CELLS_PER_TILE);
    const key = cy * CELLS_PER_TILE + cx;
    const c = cells.get(key) ?? { lat: 0, lon: 0, count: 0, deployed: 0 };
    c.lat += b.lat;
    c.lon += b.lon;
    c.count++;
    if (b.state === 'deployed') c.deployed++;
    cells.set(key, c);
  }
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return {
    kind: 'cells',
    cells: [...cells.values()].map((c) => [
      round(c.lat / c.count),
      round(c.lon / c.count),
      c.count,
      c.deployed,
    ]),
  };
}

/**
 * One data tile (512 px at map zoom z+1): buildings one by one at the last level (DETAIL_ZOOM - 1),
 * counts per cell above it. A request for another data version gets the current one: the outline it
 * came with was old, and the next outline fetch brings the page up to date.
 */
export async function networkTile(db: Kysely<DB>, input: NetworkTileInput): Promise<NetworkTile> {
  const { d } = await current(db);
  const { z, x, y } = input;
  const detail = z >= DETAIL_ZOOM - 1;
  const max = 2 ** z;
  if (x >= max || y >= max)
    return detail ? { kind: 'points', lat: [], lon: [], states: '' } : { kind: 'cells', cells: [] };
  const key = `${z}/${x}/${y}/${detail ? 'p' : 'c'}`;
  let tile = d.tiles.get(key);
  if (!tile) {
    tile = computeTile(d, z, x, y, detail);
    if (d.tiles.size >= MAX_CACHED_TILES) d.tiles.clear();
    d.tiles.set(key, tile);
  }
  return tile;
}

function buildOffline(coverage: CoverageData, d: Derived): NonNullable<Derived['offline']> {
  const byChunk = new Map<string, FibreBuilding[]>();
  for (const b of coverage.buildings) {
    const z = PACKAGE_CHUNK_ZOOM;
    const key = `${z}-${Math.floor(lonToTileX(b.lon, z))}-${Math.floor(latToTileY(b.lat, z))}`;
    const list = byChunk.get(key) ?? [];
    list.push(b);
    byChunk.set(key, list);
  }
  const chunks = new Map<string, Uint8Array>();
  const entries: OfflineManifest['chunks'] = [];
  for (const [key, list] of [...byChunk].sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = encodeBuildings(list);
    const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
    chunks.set(`${key}.${hash}`, bytes);
    entries.push({ key, hash, bytes: bytes.length, buildings: list.length });
  }
  const manifest: OfflineManifest = {
    version: d.version,
    dataAsOf: coverage.dataAsOf,
    sites: coverage.sites,
    sectors: coverage.sectors,
    fibreZones: coverage.fibreZones,
    chunks: entries,
    totalBytes: entries.reduce((sum, c) => sum + c.bytes, 0),
  };
  return { manifest, chunks };
}

async function offline(db: Kysely<DB>): Promise<NonNullable<Derived['offline']>> {
  const { coverage, d } = await current(db);
  d.offline ??= buildOffline(coverage, d);
  return d.offline;
}

export async function offlineManifest(db: Kysely<DB>): Promise<OfflineManifest> {
  return (await offline(db)).manifest;
}

/** A chunk by key and content hash; null when that content is not (or no longer) the current one. */
export async function offlineChunk(db: Kysely<DB>, key: string, hash: string): Promise<Uint8Array | null> {
  return (await offline(db)).chunks.get(`${key}.${hash}`) ?? null;
}
