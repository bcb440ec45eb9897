// Photos are private: who may see them, whose partial upload is whose, how chunks are stored.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { Database } from './db/database.ts';
import { createSession, SESSION_COOKIE } from './services/auth.service.ts';
import { PARTIAL_TTL_MS } from './services/sync/attachments.ts';
import { callerFor, makeUser, testEnv } from './testing/caller.ts';
import { testDatabases } from './testing/databases.ts';
import { giveZones, interventionArgs, numbered, seedTwoZones } from './testing/sync-fixtures.ts';
import type { SessionUser } from '../shared/schemas/auth.ts';

function fakeJpeg(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

for (const kind of testDatabases) {
  describe(`photo access on ${kind.name}`, () => {
    let database: Database;
    let app: FastifyInstance;
    const cookies = new Map<string, string>();
    let uploader: SessionUser;
    let sameZone: SessionUser;
    let otherZone: SessionUser;
    let coord: SessionUser;

    async function login(user: SessionUser) {
      const { token } = await createSession(database.db, user.id, 1, null);
      cookies.set(user.id, `${SESSION_COOKIE}=${token}`);
    }
    const req = (
      user: SessionUser,
      method: 'GET' | 'HEAD' | 'PUT',
      hash: string,
      body?: Buffer,
      range?: string,
    ) =>
      app.inject({
        method,
        url: `/attachments/${hash}`,
        headers: {
          cookie: cookies.get(user.id) ?? '',
          ...(body ? { 'content-type': 'image/jpeg' } : {}),
          ...(range ? { 'content-range': range } : {}),
        },
        ...(body ? { payload: body } : {}),
      });

    beforeAll(async () => {
      database = await kind.open();
      await seedTwoZones(database);
      app = await buildApp(database, testEnv);
      uploader = await makeUser(database, 'technician');
      sameZone = await makeUser(database, 'technician');
      otherZone = await makeUser(database, 'technician');
      coord = await makeUser(database, 'coordinator');
      await giveZones(database, uploader.id, ['zone-a']);
      await giveZones(database, sameZone.id, ['zone-a']);
      await giveZones(database, otherZone.id, ['zone-b']);
      for (const u of [uploader, sameZone, otherZone, coord]) await login(u);
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it('serves a photo to its uploader, coordinators and technicians of the record’s zone; 404 to others', async () => {
      const photo = fakeJpeg(80_000);
      const hash = sha(photo);
      expect((await req(uploader, 'PUT', hash, photo)).statusCode).toBe(200);
      // Before any record cites it, only the uploader and coordinators see it.
      expect((await req(sameZone, 'GET', hash)).statusCode).toBe(404);
      await callerFor(database, uploader).sync.push({
        clientId: randomUUID(),
        schemaVersion: 1,
        appVersion: 't',
        mutations: numbered(1, [{ name: 'intervention.create', args: interventionArgs({ photos: [hash] }) }]),
      });
      for (const u of [uploader, sameZone, coord]) {
        const got = await req(u, 'GET', hash);
        expect(got.statusCode).toBe(200);
        expect(got.headers['cache-control']).toBe('private, no-cache');
        expect(got.headers['cache-control']).not.toContain('immutable');
      }
      expect((await req(otherZone, 'GET', hash)).statusCode).toBe(404);
      expect((await req(otherZone, 'HEAD', hash)).statusCode).toBe(404);
      expect((await req(otherZone, 'HEAD', hash)).headers['upload-complete']).toBe('?0');
      const status = await callerFor(database, otherZone).attachments.status({ sha256: [hash] });
      expect(status).toEqual([{ sha256: hash, receivedBytes: 0, sizeBytes: null, complete: false }]);
      const mine = await callerFor(database, sameZone).attachments.status({ sha256: [hash] });
      expect(mine[0]?.complete).toBe(true);
    });

    it('keeps a partial upload its uploader’s: another user cannot block it with another total', async () => {
      const photo = fakeJpeg(300_000);
      const hash = sha(photo);
      // The attacker starts first, announcing a wrong total.
      const evil = await req(otherZone, 'PUT', hash, photo.subarray(0, 100_000), 'bytes 0-99999/9999999');
      expect(evil.statusCode).toBe(200);
      // The owner of the photo is not told about it and uploads normally: its first chunk starts over.
      expect((await req(uploader, 'HEAD', hash)).statusCode).toBe(404);
      expect(
        (await req(uploader, 'PUT', hash, photo.subarray(0, 150_000), 'bytes 0-149999/300000')).statusCode,
      ).toBe(200);
      // The attacker cannot continue or disturb the owner's partial upload mid-way.
      const cont = await req(
        otherZone,
        'PUT',
        hash,
        photo.subarray(150_000, 250_000),
        'bytes 150000-249999/300000',
      );
      expect(cont.statusCode).toBe(409);
      expect(cont.headers['upload-offset']).toBe('0');
      const last = await req(uploader, 'PUT', hash, photo.subarray(150_000), 'bytes 150000-299999/300000');
      expect(last.json()).toMatchObject({ complete: true });
      expect(Buffer.compare((await req(uploader, 'GET', hash)).rawPayload, photo)).toBe(0);
    });

    it('the uploader starting again with another total starts over', async () => {
      const photo = fakeJpeg(200_000);
      const hash = sha(photo);
      await req(uploader, 'PUT', hash, photo.subarray(0, 100_000), 'bytes 0-99999/123456');
      const again = await req(uploader, 'PUT', hash, photo.subarray(0, 100_000), 'bytes 0-99999/200000');
      expect(again.statusCode).toBe(200);
      expect(again.headers['upload-offset']).toBe('100000');
    });

    it('refuses tiny chunks except the last, and stores one row per chunk until completion', async () => {
      const photo = fakeJpeg(200_000);
      const hash = sha(photo);
      expect(
        (await req(uploader, 'PUT', hash, photo.subarray(0, 1000), 'bytes 0-999/200000')).statusCode,
      ).toBe(400);
      await req(uploader, 'PUT', hash, photo.subarray(0, 70_000), 'bytes 0-69999/200000');
      await req(uploader, 'PUT', hash, photo.subarray(70_000, 140_000), 'bytes 70000-139999/200000');
      const partial = await database.db
        .selectFrom('attachment_chunks')
        .select('start_byte')
        .where('sha256', '=', hash)
        .execute();
      expect(partial.map((c) => c.start_byte).sort((a, b) => a - b)).toEqual([0, 70_000]);
      const row = await database.db
        .selectFrom('attachments')
        .select('content')
        .where('sha256', '=', hash)
        .executeTakeFirstOrThrow();
      expect(row.content).toBeNull(); // nothing copied into one growing value
      const end = await req(uploader, 'PUT', hash, photo.subarray(140_000), 'bytes 140000-199999/200000'); // last: may be small
      expect(end.json()).toMatchObject({ complete: true });
      expect(
        await database.db.selectFrom('attachment_chunks').selectAll().where('sha256', '=', hash).execute(),
      ).toEqual([]);
    });

    it('drops partial uploads left untouched for a week', async () => {
      const photo = fakeJpeg(200_000);
      const hash = sha(photo);
      await req(uploader, 'PUT', hash, photo.subarray(0, 100_000), 'bytes 0-99999/200000');
      await database.db
        .updateTable('attachments')
        .set({ last_chunk_at: new Date(Date.now() - PARTIAL_TTL_MS - 60_000) })
        .where('sha256', '=', hash)
        .execute();
      const other = fakeJpeg(70_000);
      await req(uploader, 'PUT', sha(other), other); // any upload sweeps the stale ones
      expect(
        await database.db.selectFrom('attachments').select('sha256').where('sha256', '=', hash).execute(),
      ).toEqual([]);
    });
  });
}
