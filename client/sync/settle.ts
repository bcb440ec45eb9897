// A push whose answer was lost (server killed after commit, connection cut) is sent again and answered
// `duplicate`: processed, but applied or rejected? The server logs a device's acknowledgement together
// with the data, so once a pull reports lastMutationId ≥ n, an applied create n has its row on the
// device. A create that is still missing then was rejected: it goes back to the outbox as a rejection
// to fix — never silently lost. (Edits cannot be told apart this way; they are rare to lose like this.)
import type { TerrainDb } from './db.ts';
import { getMeta } from './meta.ts';

export const OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN';

/** Call inside a rw transaction, after the last page of a pull. */
export async function settleUnconfirmed(db: TerrainDb): Promise<void> {
  const serverLast = (await getMeta(db, 'serverLastMutationId')) ?? 0;
  const unsettled = (await db.sent.where('id').belowOrEqual(serverLast).toArray()).filter(
    (e) => e.unconfirmed,
  );
  for (const entry of unsettled) {
    const isCreate = entry.name.endsWith('.create');
    const found =
      isCreate && entry.table && entry.rowId ? await db.serverTable(entry.table).get(entry.rowId) : true;
    if (found) {
      await db.sent.update(entry.id, { unconfirmed: false });
      continue;
    }
    await db.sent.delete(entry.id);
    await db.outbox.put({
      id: entry.id,
      name: entry.name,
      args: entry.args,
      schemaVersion: entry.schemaVersion,
      createdAt: entry.createdAt,
      table: entry.table,
      rowId: entry.rowId,
      status: 'rejected',
      code: OUTCOME_UNKNOWN,
      message:
        'Le serveur a reçu cette saisie mais ne l’a pas enregistrée (sa réponse s’est perdue, elle a sans doute été refusée). Vérifiez-la et renvoyez-la.',
      rejectedAt: new Date().toISOString(),
    });
  }
}
