// Device storage: ask once that the browser never evicts our data (an outbox must survive "low
// storage" clean-ups), and tell the technician how much room is left.
import type { TerrainDb } from './db.ts';
import { getMeta, setMeta } from './meta.ts';

export interface StorageInfo {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** At the technician's first login on this device; later logins do not ask again. */
export async function requestPersistenceOnce(db: TerrainDb): Promise<void> {
  if ((await getMeta(db, 'persistRequested')) === true) return;
  await setMeta(db, 'persistRequested', true);
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Not granted or not supported: the status page shows it.
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null };
}
