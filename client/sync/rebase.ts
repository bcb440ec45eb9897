// Rebase: the optimistic tables are recomputed from scratch, never patched.
//
//   optimistic view = server rows (base tables, written only by pulls)
//                   + every mutation the server's rows do not reflect yet, re-run in number order:
//                       - pending outbox entries,
//                       - applied ones (in `sent`) numbered above the server's lastMutationId as of the
//                         last pull: their effect is not in the pulled rows yet (the server logs a
//                         device's acknowledgement with the data, so once a pull reports lastMutationId
//                         ≥ n, the effect of n is in the base rows);
//                     preceded by the pending entries imported from another device's backup (made
//                     there, earlier; numbered under that device's clientId, so in their own order).
//
// It runs inside the transaction of each pull page that touches records (and of the last page), and of
// push results with a rejection: a rejected mutation simply is not re-run, which rolls it back.
// Mutators are deterministic given the rows and args, and creates are replay-safe (insert of an
// existing id is a no-op), so re-running is always correct; it costs O(unsent mutations), a handful.
import { runMutation, type MutatorContext } from '../../shared/mutators/index.ts';
import type { OutboxEntry, SentEntry, TerrainDb } from './db.ts';
import { DexieMutationTx } from './dexie-tx.ts';
import { getMeta } from './meta.ts';

type Replayable = Pick<OutboxEntry | SentEntry, 'id' | 'name' | 'args' | 'schemaVersion' | 'createdAt'>;

/** The mutations the optimistic view is made of, in number order. Call inside a transaction. */
async function unreflectedMutations(db: TerrainDb): Promise<Replayable[]> {
  const serverLast = (await getMeta(db, 'serverLastMutationId')) ?? 0;
  const sent = await db.sent.where('id').above(serverLast).toArray();
  const pending = await db.outbox.where('status').equals('pending').toArray();
  // The compound key orders them by device, then number.
  const imported = await db.imported.where('status').equals('pending').toArray();
  return [...imported, ...[...sent, ...pending].sort((a, b) => a.id - b.id)];
}

/** Recomputes the optimistic tables. Must run inside a rw transaction over all tables. */
export async function rebase(db: TerrainDb, ctx: MutatorContext): Promise<void> {
  const mutations = await unreflectedMutations(db);
  if (
    mutations.length === 0 &&
    (await db.localInterventions.count()) + (await db.localInstallations.count()) === 0
  ) {
    return;
  }
  await db.localInterventions.clear();
  await db.localInstallations.clear();
  for (const m of mutations) {
    const tx = new DexieMutationTx(db, () => m.createdAt);
    try {
      await runMutation(tx, { name: m.name, args: m.args, schemaVersion: m.schemaVersion }, ctx);
      await tx.flush();
    } catch (error) {
      // Refused on top of the new server rows (e.g. the record was approved meanwhile): the server
      // will say so when it is pushed. It simply does not show in the optimistic view; a rebase
      // never fails a pull.
      console.warn(`rebase: mutation ${m.id} (${m.name}) does not apply locally`, error);
    }
  }
}
