// The offline package on the device: the manifest (relays, sectors, fibre areas, chunk list) and the
// binary building chunks, kept in Cache Storage. Chunks are content-addressed, so an update fetches
// only the chunks whose hash changed and drops the others: "fetched once, then updated by difference".
import { createEligibilityIndex, type EligibilityIndex } from '../../shared/eligibility/engine.ts';
import { decodeBuildings } from '../../shared/eligibility/package-codec.ts';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { offlineManifest, type OfflineManifest } from '../../shared/schemas/network-view.ts';

const CACHE = 'terrain-offline-package';
const MANIFEST_URL = '/offline/manifest.json';
/** Below this, the package is fetched without asking (the demo's is ~4 KB); above, the size is shown first. */
export const AUTO_DOWNLOAD_BYTES = 1_000_000;

const chunkUrl = (c: { key: string; hash: string }) => `/offline/chunk/${c.key}/${c.hash}`;

function available(): boolean {
  return typeof caches !== 'undefined';
}

/** The manifest of the package stored on this device, or null. */
export async function storedManifest(): Promise<OfflineManifest | null> {
  if (!available()) return null;
  const res = await (await caches.open(CACHE)).match(MANIFEST_URL);
  return res ? offlineManifest.parse(await res.json()) : null;
}

/** What bringing the device up to `manifest` costs: the chunks it does not have yet. */
export async function missingBytes(manifest: OfflineManifest): Promise<number> {
  if (!available()) return manifest.totalBytes;
  const cache = await caches.open(CACHE);
  let bytes = 0;
  for (const c of manifest.chunks) if (!(await cache.match(chunkUrl(c)))) bytes += c.bytes;
  return bytes;
}

/**
 * Brings the stored package to `manifest`: fetches the missing chunks, then (only once they are all
 * there) stores the manifest and removes the chunks it no longer lists. A failure half-way leaves
 * the previous package usable.
 */
export async function updatePackage(
  manifest: OfflineManifest,
  onProgress?: (doneBytes: number, totalBytes: number) => void,
): Promise<void> {
  const cache = await caches.open(CACHE);
  const total = await missingBytes(manifest);
  let done = 0;
  for (const c of manifest.chunks) {
    const url = chunkUrl(c);
    if (await cache.match(url)) continue;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`offline chunk ${c.key}: HTTP ${res.status}`);
    await cache.put(url, res);
    done += c.bytes;
    onProgress?.(done, total);
  }
  await cache.put(
    MANIFEST_URL,
    new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }),
  );
  const keep = new Set(manifest.chunks.map((c) => new URL(chunkUrl(c), location.origin).href));
  for (const request of await cache.keys()) {
    if (request.url.includes('/offline/chunk/') && !keep.has(request.url)) await cache.delete(request);
  }
  loaded = null;
}

let loaded: { version: string; index: Promise<EligibilityIndex> } | null = null;

async function buildIndex(manifest: OfflineManifest): Promise<EligibilityIndex> {
  const cache = await caches.open(CACHE);
  const parts = await Promise.all(
    manifest.chunks.map(async (c) => {
      const res = await cache.match(chunkUrl(c));
      if (!res) throw new Error(`offline chunk ${c.key} missing`);
      return decodeBuildings(new Uint8Array(await res.arrayBuffer()), `${c.key}:`);
    }),
  );
  const coverage: CoverageData = {
    dataAsOf: manifest.dataAsOf,
    sites: manifest.sites,
    sectors: manifest.sectors,
    fibreZones: manifest.fibreZones,
    buildings: parts.flat(),
  };
  return createEligibilityIndex(coverage);
}

/** The eligibility engine over the stored package (built once per package version), or null. */
export async function offlineIndex(): Promise<EligibilityIndex | null> {
  const manifest = await storedManifest();
  if (!manifest) return null;
  if (loaded?.version !== manifest.version) {
    const index = buildIndex(manifest);
    loaded = { version: manifest.version, index };
    index.catch(() => (loaded = null));
  }
  return loaded.index;
}
