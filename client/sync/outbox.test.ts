// The outbox: numbering, atomicity of write + entry, and the schema upgrade path.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { schemaV1, schemaV2, TerrainDb } from './db.ts';
import { getMeta } from './meta.ts';
import { mutate } from './outbox.ts';
import { createArgs, freshDevice, tech, uuid } from './testing/fixtures.ts';

describe('outbox numbering', () => {
  it('is gap-free and in commit order under concurrent writes, failing ones included', async () => {
    const { db, ctx } = await freshDevice();
    const calls = Array.from({ length: 60 }, (_, i) =>
      // Every fifth write is invalid: it must take no number.
      mutate(
        db,
        ctx,
        'intervention.create',
        createArgs(uuid(), { summary: i % 5 === 4 ? '' : `n° ${i}` }),
      ).then(
        (q) => q.id,
        () => null,
      ),
    );
    const ids = (await Promise.all(calls)).filter((id): id is number => id !== null);
    expect(ids).toHaveLength(48);
    const entries = await db.outbox.orderBy('id').toArray();
    expect(entries.map((e) => e.id)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    // Numbers follow the order the writes were made in.
    const order = entries.map((e) => Number(String((e.args as { summary: string }).summary).slice(3)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await getMeta(db, 'lastMutationId')).toBe(48);
    expect(new Set(entries.map((e) => e.schemaVersion))).toEqual(new Set([1]));
  });

  it('continues after the highest number ever given, even once the outbox is empty', async () => {
    const { db, ctx } = await freshDevice();
    await mutate(db, ctx, 'intervention.create', createArgs(uuid()));
    await db.outbox.clear();
    expect((await mutate(db, ctx, 'intervention.create', createArgs(uuid()))).id).toBe(2);
  });
});

describe('write + outbox entry are atomic', () => {
  it('a refused mutation leaves neither the row nor the entry', async () => {
    const { db, ctx } = await freshDevice();
    const id = uuid();
    await mutate(db, ctx, 'installation.create', {
      id,
      technology: 'fibre',
      ontSerial: 'HWTC542D049B',
      installedAt: '2026-11-20T10:00:00Z',
    });
    const second = uuid();
    const error = await mutate(db, ctx, 'installation.create', {
      id: second,
      technology: 'fibre',
      ontSerial: '48575443542D049B',
      installedAt: '2026-11-20T11:00:00Z',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('ONT_SERIAL_TAKEN');
    expect(await db.localInstallations.get(second)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await getMeta(db, 'lastMutationId')).toBe(1);
  });

  it('a failure after the mutator ran (storage error) rolls back the optimistic row too', async () => {
    const { db, ctx } = await freshDevice();
    const id = uuid();
    // A photo record that IndexedDB refuses (no key) makes the transaction fail after the row was written.
    const bad = {
      blob: new Blob(['x']),
      mime: 'image/jpeg',
      size: 1,
      uploadedBytes: 0,
      state: 'pending' as const,
      createdAt: '',
    };
    const error = await mutate(db, ctx, 'intervention.create', createArgs(id), {
      photos: [bad as never],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await db.localInterventions.get(id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect(await getMeta(db, 'lastMutationId')).toBe(0);
  });
});

describe('schema upgrade', () => {
  it('opens a version 1 database with queued entries and keeps every entry', async () => {
    const name = `upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaV1);
    await v1.open();
    const args = createArgs(uuid());
    await v1.table('outbox').bulkAdd([
      { id: 1, name: 'intervention.create', args, createdAt: '2026-11-01T08:00:00Z', status: 'pending' },
      {
        id: 2,
        name: 'installation.remove',
        args: { id: uuid() },
        createdAt: '2026-11-01T09:00:00Z',
        status: 'rejected',
        code: 'NOT_FOUND',
        message: 'x',
      },
    ]);
    await v1.table('meta').bulkPut([
      { key: 'lastMutationId', value: 2 },
      { key: 'clientId', value: tech.clientId },
    ]);
    await v1.table('localInterventions').put({ id: args.id, summary: 'kept' });
    v1.close();

    const db = new TerrainDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const entries = await db.outbox.orderBy('id').toArray();
    expect(entries).toEqual([
      {
        id: 1,
        name: 'intervention.create',
        args,
        createdAt: '2026-11-01T08:00:00Z',
        status: 'pending',
        schemaVersion: 1,
        table: 'interventions',
        rowId: args.id,
      },
      expect.objectContaining({
        id: 2,
        status: 'rejected',
        code: 'NOT_FOUND',
        schemaVersion: 1,
        table: 'installations',
      }),
    ]);
    expect(await db.outbox.where('rowId').equals(args.id).count()).toBe(1);
    expect(await getMeta(db, 'lastMutationId')).toBe(2);
    expect(await getMeta(db, 'clientId')).toBe(tech.clientId);
    expect(await db.localInterventions.get(args.id)).toEqual({ id: args.id, summary: 'kept' });
    expect(await db.sent.count()).toBe(0);
    db.close();
  });

  it('version 3 frees the blobs of photos a version 2 device had already uploaded, and keeps the rest', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(schemaV1);
    v2.version(2).stores(schemaV2);
    await v2.open();
    const blob = new Blob(['jpeg'], { type: 'image/jpeg' });
    const base = { blob, mime: 'image/jpeg', size: 4, createdAt: '2026-11-01T08:00:00Z' };
    await v2.table('photos').bulkAdd([
      { ...base, sha256: 'a'.repeat(64), state: 'uploaded', uploadedBytes: 4 },
      { ...base, sha256: 'b'.repeat(64), state: 'pending', uploadedBytes: 0 },
    ]);
    v2.close();
    const db = new TerrainDb(name);
    await db.open();
    expect((await db.photos.toArray()).map((p) => p.sha256)).toEqual(['b'.repeat(64)]);
    expect(await db.photoProgress.count()).toBe(0);
    db.close();
  });
});
