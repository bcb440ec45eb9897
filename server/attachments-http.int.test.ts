import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { Database } from './db/database.ts';
import { createSession, SESSION_COOKIE } from './services/auth.service.ts';
import { callerFor, makeUser, testEnv } from './testing/caller.ts';
import { testDatabases } from './testing/databases.ts';
import type { SessionUser } from '../shared/schemas/auth.ts';

function fakeJpeg(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

for (const kind of testDatabases) {
  describe(`photo upload over HTTP on ${kind.name}`, () => {
    let database: Database;
    let app: FastifyInstance;
    let tech: SessionUser;
    let cookie: string;

    beforeAll(async () => {
      database = await kind.open();
      app = await buildApp(database, testEnv);
      tech = await makeUser(database, 'technician');
      const { token } = await createSession(database.db, tech.id, 1, null);
      cookie = `${SESSION_COOKIE}=${token}`;
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    const put = (hash: string, body: Buffer, range?: string, type = 'image/jpeg') =>
      app.inject({
        method: 'PUT',
        url: `/attachments/${hash}`,
        headers: { cookie, 'content-type': type, ...(range ? { 'content-range': range } : {}) },
        payload: body,
      });
    const head = (hash: string) =>
      app.inject({ method: 'HEAD', url: `/attachments/${hash}`, headers: { cookie } });

    it('resumes a chunked upload after an interruption, then is idempotent', async () => {
      const photo = fakeJpeg(250_000);
      const hash = sha(photo);
      const total = photo.length;
      const first = await put(hash, photo.subarray(0, 100_000), `bytes 0-99999/${total}`);
      expect(first.statusCode).toBe(200);
      expect(first.headers['upload-offset']).toBe('100000');

      // The connection dropped; the device asks where to resume.
      const probe = await head(hash);
      expect(probe.statusCode).toBe(200);
      expect(probe.headers).toMatchObject({
        'upload-offset': '100000',
        'upload-complete': '?0',
        'upload-length': String(total),
      });

      // A chunk sent again from the start is refused with the offset to resume from.
      const stale = await put(hash, photo.subarray(0, 100_000), `bytes 0-99999/${total}`);
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['upload-offset']).toBe('100000');

      const second = await put(
        hash,
        photo.subarray(100_000, 200_000),
        `bytes 100000-199999/${total}`,
        'application/octet-stream',
      );
      expect(second.headers['upload-offset']).toBe('200000');
      const last = await put(hash, photo.subarray(200_000), `bytes 200000-${total - 1}/${total}`);
      expect(last.statusCode).toBe(200);
      expect(last.json()).toMatchObject({ complete: true, receivedBytes: total });

      // Again, whole: 200, nothing changes.
      const again = await put(hash, photo);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ complete: true, receivedBytes: total });

      const got = await app.inject({
        method: 'GET',
        url: `/attachments/${hash.toUpperCase()}`,
        headers: { cookie },
      });
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe('image/jpeg');
      expect(Buffer.compare(got.rawPayload, photo)).toBe(0);
      const status = await callerFor(database, tech).attachments.status({ sha256: [hash, 'f'.repeat(64)] });
      expect(status).toEqual([
        { sha256: hash, receivedBytes: total, sizeBytes: total, complete: true },
        { sha256: 'f'.repeat(64), receivedBytes: 0, sizeBytes: null, complete: false },
      ]);
    });

    it('a hash mismatch is 422 and the partial data is dropped', async () => {
      const photo = fakeJpeg(150_000);
      const wrong = sha(Buffer.from('something else'));
      expect((await put(wrong, photo.subarray(0, 100_000), `bytes 0-99999/150000`)).statusCode).toBe(200);
      const end = await put(wrong, photo.subarray(100_000), `bytes 100000-149999/150000`);
      expect(end.statusCode).toBe(422);
      const probe = await head(wrong);
      expect(probe.statusCode).toBe(404);
      expect(probe.headers['upload-offset']).toBe('0');
    });

    it('refuses what is not a photo, too big, malformed or anonymous', async () => {
      const text = Buffer.from('#!/bin/sh\necho hi\n');
      expect((await put(sha(text), text, undefined, 'application/octet-stream')).statusCode).toBe(415);
      expect((await put(sha(text), text, undefined, 'text/plain')).statusCode).toBe(415);
      const png = fakeJpeg(1000);
      expect((await put(sha(png), png, undefined, 'image/png')).statusCode).toBe(415); // says PNG, is JPEG
      expect((await put(sha(png), png.subarray(0, 10), 'bytes 0-9/20000000')).statusCode).toBe(413);
      expect((await put(sha(png), png, 'bytes 0-5/1000')).statusCode).toBe(400);
      expect((await put('xyz', png)).statusCode).toBe(400);
      const anonymous = await app.inject({
        method: 'PUT',
        url: `/attachments/${sha(png)}`,
        headers: { 'content-type': 'image/jpeg' },
        payload: png,
      });
      expect(anonymous.statusCode).toBe(401);
      const missing = await app.inject({
        method: 'GET',
        url: `/attachments/${'e'.repeat(64)}`,
        headers: { cookie },
      });
      expect(missing.statusCode).toBe(404);
    });
    it('answers every refusal in the one error shape, with its catalogue code', async () => {
      const png = fakeJpeg(1000);
      const text = Buffer.from('plain text');
      const anonymous = await app.inject({ method: 'GET', url: `/attachments/${sha(png)}` });
      const refusals = [
        [anonymous, 401, 'UNAUTHORIZED', 'NOT_LOGGED_IN'],
        [await put('xyz', png), 400, 'BAD_REQUEST', 'INVALID_ARGS'],
        [
          await put(sha(text), text, undefined, 'text/plain'),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'PHOTO_TYPE_REFUSED',
        ],
        [await put(sha(png), png, 'bytes 0-5/1000'), 400, 'BAD_REQUEST', 'UPLOAD_RANGE_INVALID'],
        [
          await put(sha(png), png.subarray(0, 10), 'bytes 0-9/20000000'),
          413,
          'PAYLOAD_TOO_LARGE',
          'PHOTO_TOO_LARGE',
        ],
        [await put(sha(png), png, 'bytes oops'), 400, 'BAD_REQUEST', 'UPLOAD_RANGE_INVALID'],
        [
          await app.inject({ method: 'GET', url: `/attachments/${'e'.repeat(64)}`, headers: { cookie } }),
          404,
          'NOT_FOUND',
          'NOT_FOUND',
        ],
      ] as const;
      for (const [answer, status, code, domainCode] of refusals) {
        expect(answer.statusCode).toBe(status);
        // The shape tRPC answers with, so one client-side parser reads both.
        expect(answer.json()).toMatchObject({
          error: {
            message: expect.any(String),
            code: expect.any(Number),
            data: { code, httpStatus: status, domainCode },
          },
        });
      }
    });
  });
}
