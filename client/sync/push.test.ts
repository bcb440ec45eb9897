// Push results through an injected transport: what leaves the outbox, what stays, what the view shows.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PullOutput } from '../../shared/schemas/sync.ts';
import { getMeta, setMeta } from './meta.ts';
import { mutate } from './outbox.ts';
import { PUSH_BATCH, pushAll } from './push.ts';
import { runCycle } from './cycle.ts';
import { recoverFromGap } from './gap.ts';
import { createArgs, fakePushServer, freshDevice, uuid } from './testing/fixtures.ts';
import { TransportError } from './transport-types.ts';

const emptyPull = async (): Promise<PullOutput> => ({
  cursor: 'c',
  changes: [],
  lastMutationId: 0,
  more: false,
  reset: false,
});

async function queue(n: number) {
  const device = await freshDevice();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = uuid();
    ids.push(id);
    await mutate(device.db, device.ctx, 'intervention.create', createArgs(id, { summary: `n° ${i + 1}` }));
  }
  return { ...device, ids };
}

describe('push', () => {
  it('sends ordered batches of at most 100; applied and duplicate entries leave the outbox for the archive', async () => {
    const { db, ctx } = await queue(230);
    const server = fakePushServer();
    server.last = 5; // the first five were applied by an earlier push whose answer was lost
    const summary = await pushAll(db, server, ctx, 'test');
    expect(server.calls.map((c) => c.mutations.length)).toEqual([PUSH_BATCH, PUSH_BATCH, 30]);
    expect(server.calls.flatMap((c) => c.mutations.map((m) => m.id))).toEqual(
      Array.from({ length: 230 }, (_, i) => i + 1),
    );
    expect(summary).toEqual({ applied: 225, duplicate: 5, rejected: 0 });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.sent.count()).toBe(230);
    expect((await db.sent.get(3))?.unconfirmed).toBe(true);
    expect((await db.sent.get(6))?.unconfirmed).toBe(false);
  });

  it('keeps a rejected entry with its code and message, and rolls its row back from the view', async () => {
    const { db, ctx, ids } = await queue(3);
    const server = fakePushServer((m) => (m.id === 2 ? 'rejected' : 'applied'));
    await pushAll(db, server, ctx, 'test');
    const entries = await db.outbox.toArray();
    expect(entries).toEqual([
      expect.objectContaining({
        id: 2,
        status: 'rejected',
        code: 'ONT_SERIAL_TAKEN',
        message: 'déjà installé',
        rowId: ids[1],
      }),
    ]);
    // Applied ones stay visible until a pull brings their server rows; the rejected one is gone.
    expect((await db.localInterventions.toArray()).map((r) => r.id).sort()).toEqual([ids[0], ids[2]].sort());
    // A rejected entry is never pushed again.
    await pushAll(db, server, ctx, 'test');
    expect(server.calls).toHaveLength(1);
  });

  it('network loss: the outbox is untouched; the retry applies nothing twice', async () => {
    const { db, ctx } = await queue(4);
    const server = fakePushServer();
    let cut = true;
    const flaky = {
      push: async (input: Parameters<typeof server.push>[0]) => {
        const out = await server.push(input); // the server applied the batch…
        if (cut) {
          cut = false;
          throw new TransportError('network', 'connection reset'); // …but the answer was lost
        }
        return out;
      },
    };
    await expect(pushAll(db, flaky, ctx, 'test')).rejects.toThrow('connection reset');
    expect(await db.outbox.count()).toBe(4);
    const summary = await pushAll(db, flaky, ctx, 'test');
    expect(summary).toEqual({ applied: 0, duplicate: 4, rejected: 0 });
    expect(server.last).toBe(4);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a duplicate that the server had rejected comes back as a rejection to fix, not as sent', async () => {
    const { db, ctx } = await queue(2);
    const transport = {
      push: async () => ({
        lastMutationId: 2,
        results: [
          { id: 1, status: 'duplicate' as const },
          {
            id: 2,
            status: 'duplicate' as const,
            originalStatus: 'rejected' as const,
            code: 'ONT_SERIAL_TAKEN',
            message: 'déjà installé',
          },
        ],
      }),
      pull: emptyPull,
    };
    const summary = await pushAll(db, transport, ctx, 'test');
    expect(summary).toEqual({ applied: 0, duplicate: 1, rejected: 1 });
    const left = await db.outbox.toArray();
    expect(left.map((e) => [e.id, e.status, e.code])).toEqual([[2, 'rejected', 'ONT_SERIAL_TAKEN']]);
  });

  it('PRECONDITION_FAILED keeps the outbox and asks for an update; pulling still happens', async () => {
    const { db, ctx } = await queue(2);
    let pulled = 0;
    const outcome = await runCycle(
      {
        db,
        ctx,
        appVersion: 'test',
        transport: {
          push: async () =>
            Promise.reject(
              new TransportError('refused', 'old', 'PRECONDITION_FAILED', 'UNSUPPORTED_SCHEMA_VERSION'),
            ),
          pull: async () => {
            pulled += 1;
            return emptyPull();
          },
        },
      },
      { phase: () => {}, pull: () => {} },
    );
    expect(outcome.updateRequired).toBe(true);
    expect(pulled).toBe(1);
    expect(await db.outbox.where('status').equals('pending').count()).toBe(2);
  });
});

describe('gap recovery', () => {
  it('refills from the sent archive when the server forgot applied mutations (restored backup)', async () => {
    const { db, ctx } = await queue(5);
    const server = fakePushServer();
    await pushAll(db, server, ctx, 'test'); // 1–5 applied and archived
    await mutate(db, ctx, 'intervention.create', createArgs(uuid())); // 6 pending
    await setMeta(db, 'serverLastMutationId', 2); // the restored server only knows 1–2
    const incident = await recoverFromGap(db, ctx);
    expect(incident).toMatchObject({
      kind: 'gap_refilled',
      serverLast: 2,
      firstSent: 6,
      resent: 3,
      missing: 0,
    });
    expect((await db.outbox.orderBy('id').toArray()).map((e) => [e.id, e.status])).toEqual([
      [3, 'pending'],
      [4, 'pending'],
      [5, 'pending'],
      [6, 'pending'],
    ]);
    expect(await getMeta(db, 'lastMutationId')).toBe(6);
    expect(await getMeta(db, 'incidents')).toHaveLength(1);
  });

  it('renumbers, in order, when the archive no longer holds the missing numbers, and says so', async () => {
    const { db, ctx, ids } = await queue(5);
    await pushAll(db, fakePushServer(), ctx, 'test');
    await db.sent.clear(); // pruned long ago
    await mutate(db, ctx, 'intervention.create', createArgs(uuid(), { summary: 'six' }));
    await mutate(db, ctx, 'intervention.create', createArgs(uuid(), { summary: 'sept' }));
    await setMeta(db, 'serverLastMutationId', 2);
    const incident = await recoverFromGap(db, ctx);
    expect(incident).toMatchObject({ kind: 'gap_renumbered', serverLast: 2, firstSent: 6, missing: 3 });
    const entries = await db.outbox.orderBy('id').toArray();
    expect(entries.map((e) => [e.id, (e.args as { summary: string }).summary])).toEqual([
      [3, 'six'],
      [4, 'sept'],
    ]);
    expect(await getMeta(db, 'lastMutationId')).toBe(4);
    expect(ids).toHaveLength(5);
  });

  it('does nothing when there is no gap', async () => {
    const { db, ctx } = await queue(2);
    expect(await recoverFromGap(db, ctx)).toBeNull();
    expect(await db.outbox.count()).toBe(2);
  });
});
