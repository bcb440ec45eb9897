// The technician outbox. A local write: the shared mutator runs optimistically and the outbox entry
// is appended, in ONE Dexie transaction. The UI says "Enregistré sur l'appareil" only once that
// transaction has committed; a mutator or validation error aborts it, so neither the row nor the entry
// exists.
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, runMutation, type MutatorContext } from '../../shared/mutators/index.ts';
import type { MutatorArgs, MutatorName } from '../../shared/mutators/index.ts';
import type { Warning } from '../../shared/schemas/sync.ts';
import { rowLink, type OutboxEntry, type PhotoRecord, type TerrainDb } from './db.ts';
import { DexieMutationTx } from './dexie-tx.ts';
import { lastMutationIdOf } from './meta.ts';

export interface MutateOptions {
  /** Photos the args name, stored with the entry (same transaction): never an entry without its photos. */
  photos?: PhotoRecord[];
  /** A rejected entry this one corrects: it leaves the outbox when (and only when) this one is queued. */
  replaces?: number;
  now?: () => Date;
}

export interface Queued {
  /** The mutation number given to this entry. */
  id: number;
  warnings: Warning[];
}

export async function mutate<N extends MutatorName>(
  db: TerrainDb,
  ctx: MutatorContext,
  name: N,
  args: MutatorArgs<N>,
  options: MutateOptions = {},
): Promise<Queued> {
  const createdAt = (options.now?.() ?? new Date()).toISOString();
  return db.transaction('rw', mutateScope(db), async () => {
    const tx = new DexieMutationTx(db, () => createdAt);
    // The counter lives in the same transaction: concurrent writes (other tabs too) are serialised by
    // IndexedDB, so numbers are gap-free and in commit order. Read while the mutator runs.
    const counter = db.meta.get('lastMutationId');
    // Throws DomainError (INVALID_ARGS, ONT_SERIAL_TAKEN…): the transaction aborts, nothing is written.
    const outcome = await runMutation(tx, { name, args, schemaVersion: CURRENT_SCHEMA_VERSION }, ctx);
    const id = lastMutationIdOf(await counter) + 1;
    const entry: OutboxEntry = {
      id,
      name,
      args,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt,
      status: 'pending',
      ...rowLink(name, args),
    };
    // The entry first: it is what must survive; the optimistic row is derived from it. The writes are
    // issued together (applied in order) rather than one round trip each: this is the save button's path.
    await Dexie.Promise.all([
      db.outbox.add(entry),
      db.meta.put({ key: 'lastMutationId', value: id }),
      tx.flush(),
    ]);
    for (const photo of options.photos ?? []) {
      // Content-addressed: a photo already held keeps its upload progress.
      if (!(await db.photos.get(photo.sha256))) await db.photos.add(photo);
    }
    if (options.replaces !== undefined) {
      const old = await db.outbox.get(options.replaces);
      if (old?.status === 'rejected') await db.outbox.delete(options.replaces);
    }
    return { id, warnings: outcome.warnings ?? [] };
  });
}

/** What a local write reads or writes: the records, the reference rows mutators check, the queue. */
function mutateScope(db: TerrainDb) {
  return [
    db.outbox,
    db.meta,
    db.photos,
    db.localInterventions,
    db.localInstallations,
    db.interventions,
    db.installations,
    db.sites,
    db.sectors,
    db.buildings,
    db.fibre_nodes,
    db.fibre_points,
  ];
}

/** Drops a rejected entry the technician gave up on (pending entries are never dropped: gap-free). */
export async function discardRejected(db: TerrainDb, id: number): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (entry?.status === 'rejected') await db.outbox.delete(id);
  });
}

/** Drops a refused entry imported from another device (keyed by that device's clientId and number). */
export async function discardImportedRejected(db: TerrainDb, clientId: string, id: number): Promise<void> {
  await db.transaction('rw', db.imported, async () => {
    const entry = await db.imported.get([clientId, id]);
    if (entry?.status === 'rejected') await db.imported.delete([clientId, id]);
  });
}
