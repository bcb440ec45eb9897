// The terrain model cut into blocks for phones (contract §4.3): parsed and hashed once per imported
// model, then each technician's manifest lists the blocks around their zones. Unchanged blocks keep
// their hash across imports, so a new model costs a phone only the blocks that changed.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { readAsciiGrid } from '../../shared/eligibility/ascii-grid.ts';
import type { GridHeader } from '../../shared/eligibility/terrain-grid.ts';
import {
  blockId,
  blocksCovering,
  encodeBlock,
  type Extent,
} from '../../shared/eligibility/terrain-blocks.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { roleRank } from '../../shared/schemas/auth.ts';
import type { TerrainManifest } from '../../shared/schemas/terrain.ts';
import {
  loadTerrain,
  terrainHash,
  zoneSiteReaches,
  zonesExtentRows,
} from '../repositories/terrain.repository.ts';
import { userZoneIds } from '../repositories/zones.repository.ts';
import { loadOutlines } from './zones/membership.ts';

/** Around a zone, paths to points just outside it still find their ground (≈ 1 km). */
const MARGIN_DEG = 0.01;

interface Cut {
  modelHash: string;
  header: GridHeader;
  /** Block id → its bytes and their hash. */
  byId: Map<string, { hash: string; bytes: Uint8Array }>;
  byHash: Map<string, Uint8Array>;
}

let cut: Cut | null = null;

async function currentCut(db: Kysely<DB>): Promise<Cut | null> {
  const sha256 = await terrainHash(db);
  if (sha256 === null) return null;
  if (cut?.modelHash === sha256) return cut;
  const stored = await loadTerrain(db);
  if (!stored) return null;
  const grid = readAsciiGrid(stored.grid);
  const { ncols, nrows, x0, y0, cellsize } = grid;
  const header = { ncols, nrows, x0, y0, cellsize };
  const byId = new Map<string, { hash: string; bytes: Uint8Array }>();
  const byHash = new Map<string, Uint8Array>();
  for (const key of blocksCovering(header, { south: -90, west: -180, north: 90, east: 180 })) {
    const bytes = encodeBlock(grid, key);
    // The header goes into the hash: the same cells of a grid placed elsewhere are other ground.
    const hash = createHash('sha256')
      .update(JSON.stringify([header, blockId(key)]))
      .update(bytes)
      .digest('hex');
    byId.set(blockId(key), { hash, bytes });
    byHash.set(hash, bytes);
  }
  cut = { modelHash: stored.sha256, header, byId, byHash };
  return cut;
}

async function extentsOf(db: Kysely<DB>, user: SessionUser): Promise<Extent[] | 'all'> {
  const zones = await userZoneIds(db, user.id);
  if (!zones.length) return roleRank[user.role] >= roleRank.coordinator ? 'all' : [];
  return zoneExtents(db, zones);
}

/**
 * Where these zones lie: their outlines, the bounds of their relays and buildings, and each relay's
 * reach, with a margin.
 */
export async function zoneExtents(db: Kysely<DB>, zones: readonly string[]): Promise<Extent[]> {
  const mine = new Set(zones);
  const extents: Extent[] = (await loadOutlines(db)).outlines
    .filter((o) => mine.has(o.id))
    .map(({ bounds: [west, south, east, north] }) => ({ south, west, north, east }));
  // One box per zone: a box around two distant zones would bring the land between them.
  for (const zone of zones) {
    const p = await zonesExtentRows(db, [zone]);
    if (p.south !== null && p.west !== null && p.north !== null && p.east !== null) {
      extents.push({ south: p.south, west: p.west, north: p.north, east: p.east });
    }
  }
  // Around each relay, as far as its sectors reach: the places a technician checks from it.
  for (const site of await zoneSiteReaches(db, zones)) {
    const dLat = (site.reach ?? 0) / 111_200;
    const dLon = (site.reach ?? 0) / (111_320 * Math.cos((site.lat * Math.PI) / 180));
    extents.push({
      south: site.lat - dLat,
      west: site.lon - dLon,
      north: site.lat + dLat,
      east: site.lon + dLon,
    });
  }
  return extents.map((e) => ({
    south: e.south - MARGIN_DEG,
    west: e.west - MARGIN_DEG,
    north: e.north + MARGIN_DEG,
    east: e.east + MARGIN_DEG,
  }));
}

export async function terrainManifest(db: Kysely<DB>, user: SessionUser): Promise<TerrainManifest> {
  const c = await currentCut(db);
  if (!c) return { modelHash: null, header: null, blocks: [], totalBytes: 0 };
  const extents = await extentsOf(db, user);
  const ids =
    extents === 'all'
      ? [...c.byId.keys()]
      : [...new Set(extents.flatMap((e) => blocksCovering(c.header, e).map(blockId)))];
  const blocks = ids.flatMap((id) => {
    const b = c.byId.get(id);
    return b ? [{ id, hash: b.hash, bytes: b.bytes.byteLength }] : [];
  });
  return {
    modelHash: c.modelHash,
    header: c.header,
    blocks,
    totalBytes: blocks.reduce((sum, b) => sum + b.bytes, 0),
  };
}

/** A block's bytes by hash (terrain is public open data; staff only, as the manifest is). */
export async function terrainBlock(db: Kysely<DB>, hash: string): Promise<Uint8Array | undefined> {
  return (await currentCut(db))?.byHash.get(hash);
}
