// Console imports (contract §5.1) over plain HTTP (a 30 MB file does not belong in tRPC's JSON), admins only:
//   POST /imports?name=F        the file as the raw body → the dry run (job "checked"); 413 above
//                               IMPORT_MAX_BYTES, 422 IMPORT_UNREADABLE with `reason` for an unusable file
//   POST /imports/:id/apply     starts writing it → 202 and the job ("running")
//   GET  /imports/:id           the job: state, progress, counts (the console polls it)
//   GET  /imports/:id/report.txt  every rejection with its line and reason
// Refusals answer in tRPC's error shape (server/refusal.ts). Rules are in services/import/import-jobs.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from './db/database.ts';
import { roleRank } from '../shared/schemas/auth.ts';
import { IMPORT_MAX_BYTES } from '../shared/schemas/imports.ts';
import { DomainError } from '../shared/errors.ts';
import { sendRefusal } from './refusal.ts';
import { SESSION_COOKIE, sessionUser } from './services/auth.service.ts';
import {
  applyImport,
  checkImport,
  findImport,
  importReportText,
  UnreadableImport,
} from './services/import/import-jobs.ts';

const jobParams = z.object({ id: z.uuid() });
/** The name shown back to the admin and written in the report: printable, short. */
const nameQuery = z.object({ name: z.string().max(200).optional() });

function fileName(req: FastifyRequest): string {
  const parsed = nameQuery.safeParse(req.query);
  const raw = parsed.success ? (parsed.data.name ?? '') : '';
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f"\\/]/g, '').trim();
  return clean || 'import';
}

export async function registerImportRoutes(app: FastifyInstance, database: Database): Promise<void> {
  const { db } = database;
  await app.register(async (scope) => {
    // Any body is the file, read as bytes: the format is recognised from the content, not the type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );

    // The role is checked before the body is read: nobody else gets to make the server read 64 MB.
    const adminIds = new WeakMap<FastifyRequest, string>();
    scope.addHook('onRequest', async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      const user = token ? await sessionUser(db, token) : null;
      if (!user) return sendRefusal(reply, 'NOT_LOGGED_IN');
      if (roleRank[user.role] < roleRank.admin) return sendRefusal(reply, 'WRONG_ROLE');
      reply.header('cache-control', 'no-store');
      adminIds.set(req, user.id);
      return undefined;
    });

    scope.setErrorHandler((err: { statusCode?: number }, req, reply) => {
      if (err.statusCode === 413) return sendRefusal(reply, 'IMPORT_TOO_LARGE');
      if (err instanceof DomainError) return sendRefusal(reply, err.code);
      if (err.statusCode && err.statusCode < 500) return sendRefusal(reply, 'INVALID_ARGS');
      req.log.error({ err }, 'import route failed');
      return sendRefusal(reply, 'INTERNAL');
    });

    function jobId(req: FastifyRequest, reply: FastifyReply): string | null {
      const parsed = jobParams.safeParse(req.params);
      if (!parsed.success) void sendRefusal(reply, 'NOT_FOUND');
      return parsed.success ? parsed.data.id : null;
    }

    scope.post('/imports', async (req, reply) => {
      const actor = adminIds.get(req);
      if (!actor) return sendRefusal(reply, 'NOT_LOGGED_IN');
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (body.length === 0) return sendRefusal(reply, 'IMPORT_UNREADABLE', { reason: 'empty file' });
      try {
        return await checkImport(db, actor, fileName(req), body);
      } catch (err) {
        if (err instanceof UnreadableImport)
          return sendRefusal(reply, 'IMPORT_UNREADABLE', { reason: err.message });
        throw err;
      }
    });

    scope.post('/imports/:id/apply', async (req, reply) => {
      const id = jobId(req, reply);
      const actor = adminIds.get(req);
      if (!id || !actor) return reply;
      const started = applyImport(db, actor, id);
      if (!started) return sendRefusal(reply, 'NOT_FOUND');
      return reply.code(202).send(started.job);
    });

    scope.get('/imports/:id', async (req, reply) => {
      const id = jobId(req, reply);
      if (!id) return reply;
      return findImport(db, id) ?? sendRefusal(reply, 'NOT_FOUND');
    });

    scope.get('/imports/:id/report.txt', async (req, reply) => {
      const id = jobId(req, reply);
      const text = id && importReportText(db, id);
      if (!text) return id ? sendRefusal(reply, 'NOT_FOUND') : reply;
      return reply
        .header('content-disposition', 'attachment; filename="import-report.txt"')
        .type('text/plain; charset=utf-8')
        .send(text);
    });
  });
}
