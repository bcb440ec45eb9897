// The terrain blocks this phone holds (contract §4.3), in the device database's key-value table: the
// manifest under `terrainManifest`, each block under `terrain-block:<hash>`. A new manifest costs only
// the blocks whose hash the phone lacks; blocks no longer listed are dropped after the download.
import { blockTerrainModel, decodeBlock } from '../../../shared/eligibility/terrain-blocks.ts';
import type { TerrainModel } from '../../../shared/eligibility/terrain-model.ts';
import type { TerrainBlockRef, TerrainManifest } from '../../../shared/schemas/terrain.ts';
import type { TerrainDb } from '../../sync/db.ts';
import { getMeta, setMeta } from '../../sync/meta.ts';

const PREFIX = 'terrain-block:';
const keyOf = (hash: string): string => `${PREFIX}${hash}`;

export interface TerrainPlan {
  missing: TerrainBlockRef[];
  missingBytes: number;
  /** Everything is on the phone already. */
  upToDate: boolean;
}

export async function heldHashes(db: TerrainDb): Promise<Set<string>> {
  const keys = await db.meta.where('key').startsWith(PREFIX).primaryKeys();
  return new Set(keys.map((k) => String(k).slice(PREFIX.length)));
}

export async function planTerrain(db: TerrainDb, manifest: TerrainManifest): Promise<TerrainPlan> {
  const held = await heldHashes(db);
  const missing = manifest.blocks.filter((b) => !held.has(b.hash));
  const current = await getMeta(db, 'terrainManifest');
  return {
    missing,
    missingBytes: missing.reduce((s, b) => s + b.bytes, 0),
    upToDate: missing.length === 0 && current?.modelHash === manifest.modelHash,
  };
}

/**
 * Fetches the missing blocks one by one (each kept as soon as it arrives, so an interrupted download
 * resumes where it stopped), then records the manifest and drops blocks it no longer lists.
 */
export async function downloadTerrain(
  db: TerrainDb,
  manifest: TerrainManifest,
  fetchBlock: (hash: string) => Promise<ArrayBuffer>,
  onProgress?: (doneBytes: number, totalBytes: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const plan = await planTerrain(db, manifest);
  let done = 0;
  for (const block of plan.missing) {
    if (signal?.aborted) return;
    const bytes = await fetchBlock(block.hash);
    await db.meta.put({ key: keyOf(block.hash), value: bytes });
    done += block.bytes;
    onProgress?.(done, plan.missingBytes);
  }
  const keep = new Set(manifest.blocks.map((b) => keyOf(b.hash)));
  await db.transaction('rw', db.meta, async () => {
    const stale = (await db.meta.where('key').startsWith(PREFIX).primaryKeys()).filter(
      (k) => !keep.has(String(k)),
    );
    await db.meta.bulkDelete(stale);
    await setMeta(db, 'terrainManifest', manifest);
  });
}

/** The terrain model from the blocks on the phone; undefined when it holds none. */
export async function loadTerrainModel(db: TerrainDb): Promise<TerrainModel | undefined> {
  const manifest = await getMeta(db, 'terrainManifest');
  if (!manifest?.header || !manifest.blocks.length) return undefined;
  const blocks = new Map<string, Float32Array>();
  const rows = await db.meta.bulkGet(manifest.blocks.map((b) => keyOf(b.hash)));
  manifest.blocks.forEach((b, i) => {
    const value = rows[i]?.value;
    if (value instanceof ArrayBuffer) blocks.set(b.id, decodeBlock(value));
  });
  return blocks.size ? blockTerrainModel(manifest.header, blocks) : undefined;
}

export async function fetchTerrainBlock(hash: string): Promise<ArrayBuffer> {
  const res = await fetch(`/terrain/block/${hash}`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`terrain block ${res.status}`);
  return res.arrayBuffer();
}
