// Gap recovery. The server refuses a batch with CONFLICT (MUTATION_GAP) when its first number is above
// its lastMutationId + 1. With a device that only ever sends its lowest pending numbers, that means the
// server forgot mutations it had applied — typically a restored backup. Recovery:
//
//  1. Ask the server where it stands: a pull from scratch (cursor null). Its lastMutationId comes from
//     the acknowledgements in the server's change log; the current cursor cannot be used, it carries
//     the number as of before the restore. The full pull also re-aligns the device with the restored
//     server's rows.
//  2. Every mutation numbered above that is sent again: pending ones, applied ones still in the `sent`
//     archive, and rejected ones (the server forgot rejecting them too; they get a fresh verdict).
//  3. If those numbers follow the server's without a hole, they keep their numbers ("refilled").
//     Otherwise some were pruned from the archive: the entries are renumbered from the server's
//     lastMutationId + 1, in their original order. That is safe — the server has applied no number
//     above its lastMutationId for this device — and it is the only way forward, but the missing
//     mutations are lost on the server: the device records an incident, shown on the status page,
//     so the technician can tell the coordinator. Nothing is ever renumbered silently.
import type { MutatorContext } from '../../shared/mutators/index.ts';
import type { OutboxEntry, TerrainDb } from './db.ts';
import { addIncident, getMeta, setMeta, type Incident } from './meta.ts';
import { rebase } from './rebase.ts';

/** Call after a full pull has set serverLastMutationId. Returns the incident recorded, if any. */
export async function recoverFromGap(db: TerrainDb, ctx: MutatorContext): Promise<Incident | null> {
  return db.transaction('rw', db.allTables, async () => {
    const serverLast = (await getMeta(db, 'serverLastMutationId')) ?? 0;
    const outbox = await db.outbox.where('id').above(serverLast).toArray();
    const firstPending = outbox.find((e) => e.status === 'pending')?.id;
    if (firstPending === undefined || firstPending === serverLast + 1) return null;

    const byId = new Map<number, OutboxEntry>();
    for (const s of await db.sent.where('id').above(serverLast).toArray()) {
      const { sentAt: _sentAt, unconfirmed: _unconfirmed, ...rest } = s;
      byId.set(s.id, { ...rest, status: 'pending' });
    }
    let resent = byId.size;
    for (const e of outbox) {
      if (e.status === 'rejected') resent += 1;
      byId.set(e.id, { ...e, status: 'pending', code: undefined, message: undefined, rejectedAt: undefined });
    }
    const entries = [...byId.values()].sort((a, b) => a.id - b.id);
    const contiguous = entries.every((e, i) => e.id === serverLast + 1 + i);
    const lastBefore = (await getMeta(db, 'lastMutationId')) ?? 0;

    await db.sent.where('id').above(serverLast).delete();
    await db.outbox.where('id').above(serverLast).delete();
    const renumbered = contiguous ? entries : entries.map((e, i) => ({ ...e, id: serverLast + 1 + i }));
    await db.outbox.bulkAdd(renumbered);
    const last = renumbered.at(-1)?.id ?? serverLast;
    if (!contiguous || last > lastBefore) await setMeta(db, 'lastMutationId', last);

    const incident: Incident = {
      at: new Date().toISOString(),
      kind: contiguous ? 'gap_refilled' : 'gap_renumbered',
      serverLast,
      firstSent: firstPending,
      resent,
      missing: contiguous ? 0 : lastBefore - serverLast - entries.length,
    };
    await addIncident(db, incident);
    await rebase(db, ctx);
    return incident;
  });
}
