// GET /offline/chunk/:key/:hash — one binary chunk of the public offline package (see
// shared/eligibility/package-codec.ts). Content-addressed: a URL's bytes never change, so browsers
// and the service worker may keep it for good; a stale hash answers 404 and the device re-reads the
// manifest (network.offlineManifest).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from './db/database.ts';
import { sendInvalidInput, sendRefusal } from './refusal.ts';
import { offlineChunk } from './services/network-view.service.ts';

const params = z.object({
  key: z.string().regex(/^\d{1,2}-\d{1,7}-\d{1,7}$/),
  hash: z.string().regex(/^[\w-]{1,64}$/),
});

export function registerOfflineRoutes(app: FastifyInstance, database: Database): void {
  app.get('/offline/chunk/:key/:hash', async (req, reply) => {
    const parsed = params.safeParse(req.params);
    if (!parsed.success) return sendInvalidInput(reply, parsed.error);
    const bytes = await offlineChunk(database.db, parsed.data.key, parsed.data.hash);
    if (!bytes) return sendRefusal(reply, 'NOT_FOUND');
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type('application/octet-stream')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
