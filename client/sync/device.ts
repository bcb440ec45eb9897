// Opening this device's database for a user, and keeping it open: iOS closes IndexedDB connections of
// backgrounded apps, and Dexie then throws DatabaseClosedError (or the browser InvalidStateError) for
// the call in flight. Such a call never committed, so it is safe to reopen and run it once more.
import { errorNames } from '../lib/refusal.ts';
import type { MutatorContext } from '../../shared/mutators/index.ts';
import { CURRENT_SCHEMA_VERSION } from '../../shared/mutators/index.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { deviceDbName, TerrainDb } from './db.ts';
import { getMeta, setMeta } from './meta.ts';

export interface Device {
  db: TerrainDb;
  ctx: MutatorContext;
}

/** Opens (creating on first use) the database of this user on this device, with its clientId. */
export async function openDevice(
  user: Pick<SessionUser, 'id' | 'role'>,
  name = deviceDbName(user.id),
): Promise<Device> {
  const db = new TerrainDb(name);
  await db.open();
  const clientId = await db.transaction('rw', db.meta, async () => {
    // Made once per installation (and user): the server's key for this device's mutation numbers.
    let id = await getMeta(db, 'clientId');
    if (!id) {
      id = crypto.randomUUID();
      await setMeta(db, 'clientId', id);
    }
    if ((await getMeta(db, 'lastMutationId')) === undefined) await setMeta(db, 'lastMutationId', 0);
    await setMeta(db, 'userId', user.id);
    await setMeta(db, 'role', user.role);
    await setMeta(db, 'schemaVersion', CURRENT_SCHEMA_VERSION);
    return id;
  });
  return { db, ctx: { userId: user.id, role: user.role, clientId } };
}

function isClosedError(error: unknown): boolean {
  const [name] = errorNames(error);
  return name === 'DatabaseClosedError' || name === 'InvalidStateError';
}

/** Runs `fn`; if the connection was closed under it, reopens and runs it once more. */
export async function withReopen<T>(db: TerrainDb, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!isClosedError(error)) throw error;
    if (db.isOpen()) db.close({ disableAutoOpen: false });
    await db.open();
    return fn();
  }
}
