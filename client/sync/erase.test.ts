import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DeviceNotEmptyError, eraseDevice, unsentCount } from './erase.ts';
import { mutate } from './outbox.ts';
import { pushAll } from './push.ts';
import { createArgs, fakePushServer, freshDevice, uuid } from './testing/fixtures.ts';

describe('erase this device', () => {
  it('refuses while an entry waits, and keeps everything', async () => {
    const { db, ctx } = await freshDevice();
    await mutate(db, ctx, 'intervention.create', createArgs(uuid()));
    await expect(eraseDevice(db)).rejects.toBeInstanceOf(DeviceNotEmptyError);
    expect(await db.outbox.count()).toBe(1);
    expect(await Dexie.exists(db.name)).toBe(true);
  });

  it('refuses while a photo waits or a refusal is still to fix', async () => {
    const { db, ctx } = await freshDevice();
    await db.photos.add({
      sha256: 'c'.repeat(64),
      blob: new Blob(['x']),
      mime: 'image/jpeg',
      size: 1,
      state: 'pending',
      createdAt: '2026-11-20T08:00:00Z',
    });
    expect(await unsentCount(db)).toBe(1);
    await db.photos.clear();
    await mutate(db, ctx, 'intervention.create', createArgs(uuid()));
    await pushAll(
      db,
      fakePushServer(() => 'rejected'),
      ctx,
      'test',
    );
    expect(await db.outbox.where('status').equals('rejected').count()).toBe(1);
    await expect(eraseDevice(db)).rejects.toBeInstanceOf(DeviceNotEmptyError);
  });

  it('once everything is sent, deletes the whole database of that user', async () => {
    const { db, ctx } = await freshDevice();
    await mutate(db, ctx, 'intervention.create', createArgs(uuid()));
    await pushAll(db, fakePushServer(), ctx, 'test');
    expect(await db.sent.count()).toBe(1);
    await eraseDevice(db);
    expect(await Dexie.exists(db.name)).toBe(false);
    // The closed handle does not quietly recreate an empty database on the next read.
    await expect(db.sent.count()).rejects.toThrow();
    expect(await Dexie.exists(db.name)).toBe(false);
  });
});
