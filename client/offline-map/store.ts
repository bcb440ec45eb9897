// Offline map areas on this device: the list in localStorage, the tiles in the service worker's own
// tile cache (vite.config.ts, runtime route `terrain-tiles`), so the map reads them offline through
// the worker exactly as tiles it cached while browsing.
import { z } from 'zod';
import { tileUrl, tilesInBBox, type BBox } from './tiles.ts';

/** Must stay the `cacheName` of the tile route in vite.config.ts. */
const TILE_CACHE = 'terrain-tiles';
const STORAGE_KEY = 'terrain.offlineAreas';
const PARALLEL = 4;

const areaSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  template: z.string(),
  bbox: z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }),
  minZoom: z.number().int(),
  maxZoom: z.number().int(),
  tiles: z.number().int(),
});
export type OfflineArea = z.infer<typeof areaSchema>;

export function loadAreas(): OfflineArea[] {
  try {
    const parsed = z.array(areaSchema).safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function saveAreas(areas: OfflineArea[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(areas));
}

function areaUrls(a: { template: string; bbox: BBox; minZoom: number; maxZoom: number }): string[] {
  return tilesInBBox(a.bbox, a.minZoom, a.maxZoom).map((t) => tileUrl(a.template, t));
}

export interface Progress {
  done: number;
  total: number;
  bytes: number;
  failed: number;
}

async function fetchTile(url: string, signal: AbortSignal): Promise<Response | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // Same request as Leaflet's crossOrigin tile <img>: CORS, no credentials, never opaque.
      const res = await fetch(url, { mode: 'cors', credentials: 'omit', signal });
      if (res.status === 200) return res;
    } catch (e) {
      if (signal.aborted) throw e;
    }
  }
  return null; // tried twice: counted as failed, the rest of the area still downloads
}

/**
 * Downloads the area's tiles (4 at a time, already cached ones skipped, a failure retried once), then
 * records the area. Cancelling keeps what was stored; the area is only listed when complete.
 */
export async function downloadArea(
  area: Omit<OfflineArea, 'id' | 'createdAt' | 'tiles'>,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
): Promise<{ area: OfflineArea; failed: number }> {
  const cache = await caches.open(TILE_CACHE);
  const urls = areaUrls(area);
  const progress: Progress = { done: 0, total: urls.length, bytes: 0, failed: 0 };
  onProgress({ ...progress });
  let next = 0;
  async function worker() {
    while (next < urls.length) {
      signal.throwIfAborted();
      const url = urls[next++];
      if (!url) break;
      if (!(await cache.match(url))) {
        const res = await fetchTile(url, signal);
        if (res) {
          const body = await res.blob();
          // Rebuilt without the Date header: the worker's 30-day expiry reads it, and a downloaded
          // area must stay usable until the technician deletes it.
          const type = res.headers.get('content-type') ?? 'image/png';
          await cache.put(url, new Response(body, { status: 200, headers: { 'content-type': type } }));
          progress.bytes += body.size;
        } else {
          progress.failed += 1;
        }
      }
      progress.done += 1;
      onProgress({ ...progress });
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  signal.throwIfAborted();
  const saved: OfflineArea = {
    ...area,
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    tiles: urls.length,
  };
  saveAreas([...loadAreas(), saved]);
  return { area: saved, failed: progress.failed };
}

/** Forgets the area and removes its tiles, except those another saved area still needs. */
export async function deleteArea(id: string): Promise<void> {
  const all = loadAreas();
  const gone = all.find((a) => a.id === id);
  const rest = all.filter((a) => a.id !== id);
  saveAreas(rest);
  if (!gone) return;
  const kept = new Set(rest.flatMap(areaUrls));
  const cache = await caches.open(TILE_CACHE);
  await Promise.all(areaUrls(gone).map((url) => (kept.has(url) ? null : cache.delete(url))));
}
