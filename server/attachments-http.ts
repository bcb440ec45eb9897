// Photo transfer over plain HTTP (binary bodies do not belong in tRPC's JSON):
//   PUT  /attachments/:sha256   a chunk, `Content-Range: bytes start-end/total` (absent: the whole file)
//   HEAD /attachments/:sha256   `Upload-Offset` (where to resume) and `Upload-Complete: ?1|?0`
//   GET  /attachments/:sha256   the photo, for its uploader, coordinators, and technicians with a record
//                               citing it in their zones; 404 for anyone else (also HEAD)
// Rules are in services/sync/attachments.ts; docs/sync.md describes the exchange.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from './db/database.ts';
import type { Env } from './env.ts';
import { ATTACHMENT_MAX_BYTES, attachmentMimeTypes } from '../shared/schemas/attachments.ts';
import { sha256Hex } from '../shared/schemas/identifiers.ts';
import type { SessionUser } from '../shared/schemas/auth.ts';
import type { ErrorCode } from '../shared/errors.ts';
import { sendRefusal } from './refusal.ts';
import { SESSION_COOKIE, sessionUser } from './services/auth.service.ts';
import { attachmentStatuses, findPhoto, receiveChunk } from './services/sync/attachments.ts';

const CONTENT_RANGE = /^bytes (\d{1,10})-(\d{1,10})\/(\d{1,10})$/;

/** The catalogue code of each refused chunk's status (services/sync/attachments.ts decides the status). */
const chunkRefusal: Record<number, ErrorCode> = {
  400: 'UPLOAD_RANGE_INVALID',
  409: 'UPLOAD_OFFSET_MISMATCH',
  413: 'PHOTO_TOO_LARGE',
  415: 'PHOTO_TYPE_REFUSED',
  422: 'PHOTO_HASH_MISMATCH',
};

export async function registerAttachmentRoutes(
  app: FastifyInstance,
  database: Database,
  _env: Env,
): Promise<void> {
  // Encapsulated: the raw-body parsers exist for these routes only.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/octet-stream', ...attachmentMimeTypes],
      { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES + 1024 },
      (_req, body, done) => done(null, body),
    );

    async function user(req: FastifyRequest, reply: FastifyReply): Promise<SessionUser | null> {
      const token = req.cookies[SESSION_COOKIE];
      const found = token ? await sessionUser(database.db, token) : null;
      if (!found) void sendRefusal(reply, 'NOT_LOGGED_IN');
      return found;
    }

    function hashOf(req: FastifyRequest, reply: FastifyReply): string | null {
      const parsed = sha256Hex.safeParse((req.params as { sha256?: unknown }).sha256);
      if (!parsed.success) void sendRefusal(reply, 'INVALID_ARGS');
      return parsed.success ? parsed.data : null;
    }

    scope.put('/attachments/:sha256', async (req, reply) => {
      const who = await user(req, reply);
      const sha256 = who && hashOf(req, reply);
      if (!who || !sha256) return reply;
      if (!Buffer.isBuffer(req.body)) return sendRefusal(reply, 'PHOTO_TYPE_REFUSED');
      const rangeHeader = req.headers['content-range'];
      let range = null;
      if (rangeHeader !== undefined) {
        const m = CONTENT_RANGE.exec(rangeHeader);
        if (!m) return sendRefusal(reply, 'UPLOAD_RANGE_INVALID');
        range = { start: Number(m[1]), end: Number(m[2]), total: Number(m[3]) };
      }
      const declaredType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const out = await receiveChunk(database.db, {
        sha256,
        declaredType,
        range,
        body: req.body,
        userId: who.id,
      });
      reply.header('upload-offset', String(out.offset)).header('upload-complete', out.complete ? '?1' : '?0');
      const progress = {
        sha256,
        receivedBytes: out.offset,
        sizeBytes: out.sizeBytes,
        complete: out.complete,
      };
      const refusal = chunkRefusal[out.status];
      return refusal ? sendRefusal(reply, refusal, progress) : reply.code(out.status).send(progress);
    });

    scope.head('/attachments/:sha256', async (req, reply) => {
      const who = await user(req, reply);
      const sha256 = who && hashOf(req, reply);
      if (!who || !sha256) return reply;
      const [state] = await attachmentStatuses(database.db, who, [sha256]);
      reply
        .header('upload-offset', String(state?.receivedBytes ?? 0))
        .header('upload-complete', state?.complete ? '?1' : '?0');
      if (state?.sizeBytes != null) reply.header('upload-length', String(state.sizeBytes));
      return reply.code(state?.sizeBytes != null ? 200 : 404).send();
    });

    scope.get('/attachments/:sha256', { exposeHeadRoute: false }, async (req, reply) => {
      const who = await user(req, reply);
      const sha256 = who && hashOf(req, reply);
      if (!who || !sha256) return reply;
      const photo = await findPhoto(database.db, who, sha256);
      if (!photo) return sendRefusal(reply, 'NOT_FOUND');
      // Private: no shared cache keeps it, and the browser asks again each time (access can be lost,
      // the session can end); the ETag makes that question cheap.
      reply.header('cache-control', 'private, no-cache').header('etag', `"${sha256}"`);
      if (req.headers['if-none-match'] === `"${sha256}"`) return reply.code(304).send();
      return reply.header('content-type', photo.mimeType).send(Buffer.from(photo.content));
    });
  });
}
