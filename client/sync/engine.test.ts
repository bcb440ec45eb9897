// Scheduling: backoff with jitter, coalesced triggers, no attempt while the browser says offline.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { periodicDelay, retryDelay, RETRY_MAX_MS } from './backoff.ts';
import { SyncEngine } from './engine.ts';
import { mutate } from './outbox.ts';
import { createArgs, fakePushServer, freshDevice, page, uuid } from './testing/fixtures.ts';
import { TransportError } from './transport-types.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('backoff', () => {
  it('doubles from 2 s up to 5 min, with jitter in [0.5, 1.5)', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, () => 0.5))).toEqual([2000, 4000, 8000, 16000]);
    expect(retryDelay(50, () => 0.5)).toBe(RETRY_MAX_MS);
    expect(retryDelay(1, () => 0)).toBe(1000);
    expect(retryDelay(1, () => 0.999)).toBeLessThan(3000);
    expect(periodicDelay(() => 0)).toBe(240_000);
  });
});

describe('engine', () => {
  it('retries after a network failure, then empties the outbox; concurrent triggers share one run', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { db, ctx } = await freshDevice();
    await mutate(db, ctx, 'intervention.create', createArgs(uuid()));
    const server = fakePushServer();
    let down = true;
    const engine = new SyncEngine({
      db,
      ctx,
      appVersion: 'test',
      random: () => 0.5,
      isOnline: () => true,
      transport: {
        push: (input) => (down ? Promise.reject(new TransportError('network', 'down')) : server.push(input)),
        pull: async () => page([], { lastMutationId: server.last }),
      },
      photos: {
        head: async () => ({ offset: 0, complete: true }),
        put: async () => ({ status: 200, offset: 0, complete: true }),
      },
    });
    engine.start();
    const first = engine.syncNow();
    expect(engine.syncNow()).toBe(first);
    await first;
    await vi.waitFor(() => expect(engine.getState().failures).toBeGreaterThan(0));
    expect(engine.getState().lastError?.kind).toBe('network');
    expect(await db.outbox.count()).toBe(1);
    down = false;
    await vi.advanceTimersByTimeAsync(retryDelay(engine.getState().failures, () => 0.5));
    await vi.waitFor(() => expect(engine.getState().failures).toBe(0));
    expect(await db.outbox.count()).toBe(0);
    expect(server.last).toBe(1);
    engine.stop();
  });

  it('does not try while the browser reports no network', async () => {
    const { db, ctx } = await freshDevice();
    const push = vi.fn();
    const engine = new SyncEngine({
      db,
      ctx,
      appVersion: 'test',
      isOnline: () => false,
      transport: { push, pull: vi.fn() },
      photos: { head: vi.fn(), put: vi.fn() },
    });
    engine.start();
    await engine.syncNow();
    expect(push).not.toHaveBeenCalled();
    expect(engine.getState().offline).toBe(true);
    engine.stop();
  });
});
