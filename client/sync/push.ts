// sync.push on the device: the pending outbox in number order, in batches, and what the answers mean.
import type { MutatorContext } from '../../shared/mutators/index.ts';
import type { PushOutput } from '../../shared/schemas/sync.ts';
import type { OutboxEntry, TerrainDb } from './db.ts';
import { rebase } from './rebase.ts';
import type { SyncTransport } from './transport-types.ts';

/** Small enough for one request on a rural uplink (the server accepts up to 500). */
export const PUSH_BATCH = 100;
/** Applied mutations kept for gap recovery (gap.ts): the newest ones, and every unsettled one. */
const SENT_KEEP = 2000;

export interface PushSummary {
  applied: number;
  rejected: number;
  duplicate: number;
}

/** The next batch: the lowest pending numbers, all written for the same mutation set version. */
async function nextBatch(db: TerrainDb, limit = PUSH_BATCH): Promise<OutboxEntry[]> {
  // The status index lists entries of one status by primary key: ascending numbers.
  const pending = await db.outbox.where('status').equals('pending').limit(limit).toArray();
  const version = pending[0]?.schemaVersion;
  const end = pending.findIndex((e) => e.schemaVersion !== version);
  return end === -1 ? pending : pending.slice(0, end);
}

/** Pushes every pending entry, batch after batch. Throws TransportError (the engine decides). */
export async function pushAll(
  db: TerrainDb,
  transport: Pick<SyncTransport, 'push'>,
  ctx: MutatorContext,
  appVersion: string,
): Promise<PushSummary> {
  const total: PushSummary = { applied: 0, rejected: 0, duplicate: 0 };
  for (;;) {
    const batch = await nextBatch(db);
    const first = batch[0];
    if (!first) return total;
    const output = await transport.push({
      clientId: ctx.clientId,
      schemaVersion: first.schemaVersion,
      appVersion,
      mutations: batch.map(({ id, name, args, createdAt }) => ({ id, name, args, createdAt })),
    });
    const summary = await applyPushResults(db, ctx, batch, output);
    total.applied += summary.applied;
    total.rejected += summary.rejected;
    total.duplicate += summary.duplicate;
    // A batch the server did not fully answer would loop: stop, the next cycle retries.
    if (summary.applied + summary.rejected + summary.duplicate < batch.length) return total;
  }
}

/**
 * applied / duplicate → out of the outbox, into the sent archive (the row comes back by pull);
 * rejected → kept, marked with the server's code and message, and rolled back from the optimistic view.
 */
async function applyPushResults(
  db: TerrainDb,
  ctx: MutatorContext,
  batch: OutboxEntry[],
  output: PushOutput,
  now: () => string = () => new Date().toISOString(),
): Promise<PushSummary> {
  const summary: PushSummary = { applied: 0, rejected: 0, duplicate: 0 };
  await db.transaction('rw', db.allTables, async () => {
    const at = now();
    // The batch entries still pending, read once; each is settled by the first answer about it.
    const stored = await db.outbox.bulkGet(batch.map((e) => e.id));
    const byId = new Map(batch.filter((_, i) => stored[i]?.status === 'pending').map((e) => [e.id, e]));
    for (const result of output.results) {
      const entry = byId.get(result.id);
      if (!entry) continue;
      byId.delete(result.id);
      // A duplicate whose first answer was lost says whether it was rejected then: treat it the same.
      if (result.status === 'rejected' || result.originalStatus === 'rejected') {
        await db.outbox.update(entry.id, {
          status: 'rejected',
          code: result.code ?? 'INVALID_ARGS',
          message: result.message ?? '',
          rejectedAt: at,
        });
        summary.rejected += 1;
        continue;
      }
      await db.outbox.delete(entry.id);
      const { id, name, args, schemaVersion, createdAt, table, rowId } = entry;
      const unconfirmed = result.status === 'duplicate';
      await db.sent.put({ id, name, args, schemaVersion, createdAt, table, rowId, sentAt: at, unconfirmed });
      summary[result.status] += 1;
    }
    await pruneSent(db);
    if (summary.rejected > 0) await rebase(db, ctx);
  });
  return summary;
}

async function pruneSent(db: TerrainDb): Promise<void> {
  const count = await db.sent.count();
  if (count <= SENT_KEEP) return;
  const oldest = await db.sent
    .orderBy('id')
    .limit(count - SENT_KEEP)
    .toArray();
  await db.sent.bulkDelete(oldest.filter((e) => !e.unconfirmed).map((e) => e.id));
}
