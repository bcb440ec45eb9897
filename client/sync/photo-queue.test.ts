// The photo queue apart from the entry queue: entries go out while photos upload, uploads can be
// paused, progress writes never rewrite the photo, and an uploaded photo leaves the device.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PhotoRecord } from './db.ts';
import { SyncEngine } from './engine.ts';
import { mutate } from './outbox.ts';
import { secondsLeft } from './photo-queue.ts';
import { CHUNK_BYTES, uploadPendingPhotos } from './photo-upload.ts';
import { createArgs, fakePushServer, freshDevice, page, uuid } from './testing/fixtures.ts';
import type { PhotoTransport } from './transport-types.ts';

function photo(seed: number, size: number): PhotoRecord {
  const bytes = new Uint8Array(size).fill(seed);
  return {
    sha256: seed.toString(16).padStart(64, '0'),
    blob: new Blob([bytes], { type: 'image/jpeg' }),
    mime: 'image/jpeg',
    size,
    state: 'pending',
    createdAt: `2026-11-20T08:00:0${seed}.000Z`,
  };
}

/** A resumable upload server in memory; `gate` (when set) holds every PUT until it resolves. */
function fakePhotoServer() {
  const stored = new Map<string, number>();
  const server = {
    stored,
    puts: 0,
    gate: null as Promise<void> | null,
    transport: {
      head: async (sha: string) => ({ offset: stored.get(sha) ?? 0, complete: false }),
      put: async (sha: string, chunk: Blob, start: number, total: number, _mime: string) => {
        await server.gate;
        server.puts += 1;
        const offset = start + chunk.size;
        stored.set(sha, offset);
        return { status: 200, offset, complete: offset === total };
      },
    } satisfies PhotoTransport,
  };
  return server;
}

describe('photo upload', () => {
  it('never rewrites the photo record while uploading, and frees it once the server has it all', async () => {
    const { db, ctx } = await freshDevice();
    const big = photo(1, CHUNK_BYTES * 3 + 10);
    await mutate(db, ctx, 'intervention.create', createArgs(uuid(), { photos: [big.sha256] }), {
      photos: [big],
    });
    const writes: string[] = [];
    db.photos.hook('updating', (_mods, key) => void writes.push(`update ${String(key)}`));
    db.photos.hook('creating', (key) => void writes.push(`create ${String(key)}`));
    const server = fakePhotoServer();
    const seen: number[] = [];
    await uploadPendingPhotos(db, server.transport, { onProgress: (p) => seen.push(p.sentBytes) });
    expect(server.puts).toBe(4);
    expect(writes).toEqual([]); // progress went to photoProgress: the blob was written once, at save
    expect(seen.at(-1)).toBe(big.size);
    expect(await db.photos.count()).toBe(0);
    expect(await db.photoProgress.count()).toBe(0);
  });

  it('stops between chunks when asked (pause) and resumes where the server stands', async () => {
    const { db } = await freshDevice();
    const big = photo(2, CHUNK_BYTES * 4);
    await db.photos.add(big);
    const server = fakePhotoServer();
    let chunks = 0;
    const first = await uploadPendingPhotos(
      db,
      {
        ...server.transport,
        put: async (sha, chunk, start, total, mime) => {
          chunks += 1;
          return server.transport.put(sha, chunk, start, total, mime);
        },
      },
      { shouldStop: () => chunks >= 2 },
    );
    expect(first.stopped).toBe(true);
    expect(await db.photos.count()).toBe(1);
    expect((await db.photoProgress.get(big.sha256))?.uploadedBytes).toBe(CHUNK_BYTES * 2);
    const second = await uploadPendingPhotos(db, server.transport);
    expect(second.stopped).toBe(false);
    expect(server.puts).toBe(4); // two before the pause, two after: nothing sent twice
    expect(await db.photos.count()).toBe(0);
  });

  it('estimates the time left from the measured speed', () => {
    expect(secondsLeft(1_000_000, 31_000)).toBe(33);
    expect(secondsLeft(1_000_000, null)).toBeNull();
  });
});

describe('entries during a long photo upload', () => {
  it('a new entry is pushed while the photo queue is still uploading; a paused queue stays paused', async () => {
    const { db, ctx } = await freshDevice();
    for (let i = 1; i <= 3; i++) await db.photos.add(photo(i, CHUNK_BYTES * 2));
    const photos = fakePhotoServer();
    let open = () => {};
    photos.gate = new Promise((resolve) => (open = resolve));
    const server = fakePushServer();
    const engine = new SyncEngine({
      db,
      ctx,
      appVersion: 'test',
      isOnline: () => true,
      transport: { push: server.push, pull: async () => page([], { lastMutationId: server.last }) },
      photos: photos.transport,
    });
    engine.start();
    // The first cycle ends and hands over to the photo queue, which is stuck on a slow uplink.
    await expect.poll(() => engine.getState().photos.running).toBe(true);
    expect(engine.getState().running).toBe(false);

    await mutate(db, ctx, 'intervention.create', createArgs(uuid()));
    await engine.syncNow();
    expect(server.last).toBe(1); // on the server although no photo chunk has gone yet
    expect(await db.outbox.count()).toBe(0);
    expect(photos.puts).toBe(0);

    await engine.photoQueue.setPaused(true);
    open();
    await expect.poll(() => engine.getState().photos.running).toBe(false);
    expect(photos.puts).toBe(1); // the chunk in flight finished; nothing after the pause
    expect(await db.photos.count()).toBe(3);

    await engine.photoQueue.setPaused(false);
    await expect.poll(async () => db.photos.count()).toBe(0);
    expect(photos.puts).toBe(6);
    engine.stop();
  });
});
