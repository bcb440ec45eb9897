// "Log out and erase this device": on a shared or returned phone, the user's working data goes —
// their device database (records, reference rows, photos, the sent archive, clientId) and any response
// of a private route the service worker may hold. Only once nothing waits: entries, refusals to fix,
// photos, imported entries. Public caches (app shell, map tiles, coverage) stay: they hold nothing personal.
import Dexie from 'dexie';
import type { TerrainDb } from './db.ts';

export class DeviceNotEmptyError extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} items still to send`);
    this.name = 'DeviceNotEmptyError';
  }
}

/** What would be lost by erasing now: outbox entries (pending or refused), imported entries, photos. */
export async function unsentCount(db: TerrainDb): Promise<number> {
  return db.transaction('r', db.outbox, db.imported, db.photos, async () => {
    const counts = await Promise.all([db.outbox.count(), db.imported.count(), db.photos.count()]);
    return counts.reduce((a, b) => a + b, 0);
  });
}

/** Responses of private routes in the service worker's caches (none today: kept so it stays true). */
const privatePath = /^\/(attachments|exports)\/|^\/trpc\/(?!network\.coverage|network\.config)/;

async function dropPrivateResponses(): Promise<void> {
  if (typeof caches === 'undefined') return;
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (privatePath.test(new URL(request.url).pathname)) await cache.delete(request);
    }
  }
}

/**
 * Deletes this user's device database. Checks again right before (an entry saved in another tab since
 * the dialog opened blocks it) and throws DeviceNotEmptyError rather than lose anything.
 */
export async function eraseDevice(db: TerrainDb): Promise<void> {
  const waiting = await unsentCount(db);
  if (waiting > 0) throw new DeviceNotEmptyError(waiting);
  const name = db.name;
  // close() without auto-open: live queries still mounted fail instead of recreating an empty database.
  db.close();
  await Dexie.delete(name);
  await dropPrivateResponses();
}
