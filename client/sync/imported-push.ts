// Pushing the entries imported from another device's backup (backup-import.ts), under THAT device's
// clientId and numbers: the server's exactly-once rule then holds across devices — what the other
// device had already sent is answered `duplicate` and simply leaves the queue.
//
// Two answers only an imported queue can get, both final for the entries concerned:
//  - MUTATION_GAP: the server lacks earlier numbers of that device which the backup did not hold
//    (e.g. a backup of a device whose server was restored since). This device cannot resend what it
//    never had, so the entries become refusals to look at, never a retry loop.
//  - FORBIDDEN: that device is registered to another user.
import type { MutatorContext } from '../../shared/mutators/index.ts';
import type { PushOutput } from '../../shared/schemas/sync.ts';
import type { ImportedEntry, TerrainDb } from './db.ts';
import { getMeta, setMeta } from './meta.ts';
import { PUSH_BATCH, type PushSummary } from './push.ts';
import { rebase } from './rebase.ts';
import { TransportError, type SyncTransport } from './transport-types.ts';

const GAP_MESSAGE =
  'Le serveur n’a pas reçu les saisies précédentes de l’autre appareil (elles n’étaient pas dans la sauvegarde) : vérifiez cette saisie et refaites-la si besoin.';
const FORBIDDEN_MESSAGE = 'Cette sauvegarde vient d’un appareil enregistré au nom d’un autre utilisateur.';

async function nextImportedBatch(db: TerrainDb): Promise<ImportedEntry[]> {
  // The compound primary key orders by device, then number: the first device's lowest numbers.
  const first = await db.imported.where('status').equals('pending').first();
  if (!first) return [];
  const pending = await db.imported
    .where('[clientId+id]')
    .between([first.clientId, 0], [first.clientId, Infinity])
    .filter((e) => e.status === 'pending')
    .limit(PUSH_BATCH)
    .toArray();
  const end = pending.findIndex((e) => e.schemaVersion !== first.schemaVersion);
  return end === -1 ? pending : pending.slice(0, end);
}

async function refuseAll(db: TerrainDb, clientId: string, code: string, message: string): Promise<void> {
  const at = new Date().toISOString();
  await db.imported
    .where('[clientId+id]')
    .between([clientId, 0], [clientId, Infinity])
    .filter((e) => e.status === 'pending')
    .modify({ status: 'rejected', code, message, rejectedAt: at });
}

async function applyImportedResults(
  db: TerrainDb,
  ctx: MutatorContext,
  batch: ImportedEntry[],
  output: PushOutput,
): Promise<PushSummary> {
  const summary: PushSummary = { applied: 0, rejected: 0, duplicate: 0 };
  const at = new Date().toISOString();
  await db.transaction('rw', db.allTables, async () => {
    const byId = new Map(batch.map((e) => [e.id, e]));
    for (const result of output.results) {
      const entry = byId.get(result.id);
      if (!entry) continue;
      byId.delete(result.id);
      const key: [string, number] = [entry.clientId, entry.id];
      if (result.status === 'rejected' || result.originalStatus === 'rejected') {
        await db.imported.update(key, {
          status: 'rejected',
          code: result.code ?? 'INVALID_ARGS',
          message: result.message ?? '',
          rejectedAt: at,
        });
        summary.rejected += 1;
      } else {
        // Applied now, or by the other device earlier: the row comes back by pull either way.
        await db.imported.delete(key);
        summary[result.status] += 1;
      }
    }
    // Remembered so that importing the same file again does not queue them again.
    const done = (await getMeta(db, 'importedDone')) ?? {};
    const processed = batch.filter((e) => !byId.has(e.id)).map((e) => e.id);
    const clientId = batch[0]?.clientId;
    if (clientId && processed.length > 0) {
      await setMeta(db, 'importedDone', { ...done, [clientId]: Math.max(done[clientId] ?? 0, ...processed) });
    }
    if (summary.rejected > 0) await rebase(db, ctx);
  });
  return summary;
}

/** Pushes every pending imported entry, device after device. Throws TransportError (network…). */
export async function pushImported(
  db: TerrainDb,
  transport: Pick<SyncTransport, 'push'>,
  ctx: MutatorContext,
  appVersion: string,
): Promise<PushSummary> {
  const total: PushSummary = { applied: 0, rejected: 0, duplicate: 0 };
  // Bounded: each round settles at least one entry or stops.
  for (let round = 0; round < 10_000; round++) {
    const batch = await nextImportedBatch(db);
    const first = batch[0];
    if (!first) break;
    let output: PushOutput;
    try {
      output = await transport.push({
        clientId: first.clientId,
        schemaVersion: first.schemaVersion,
        appVersion,
        mutations: batch.map(({ id, name, args, createdAt }) => ({ id, name, args, createdAt })),
      });
    } catch (error) {
      if (!(error instanceof TransportError && error.kind === 'refused')) throw error;
      if (error.domainCode === 'MUTATION_GAP')
        await refuseAll(db, first.clientId, 'MUTATION_GAP', GAP_MESSAGE);
      else if (error.code === 'FORBIDDEN')
        await refuseAll(db, first.clientId, 'FORBIDDEN', FORBIDDEN_MESSAGE);
      else throw error;
      await db.transaction('rw', db.allTables, () => rebase(db, ctx));
      continue;
    }
    const summary = await applyImportedResults(db, ctx, batch, output);
    total.applied += summary.applied;
    total.rejected += summary.rejected;
    total.duplicate += summary.duplicate;
    if (summary.applied + summary.rejected + summary.duplicate < batch.length) break;
  }
  return total;
}
