// GET /terrain/block/:hash — one block of the terrain model (binary Float32 cells), for staff phones
// (contract §4.3). Content-addressed: a hash's bytes never change, so the phone stores them for good;
// a stale hash answers 404 and the phone reads the manifest again (terrain.manifest).
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';
import { terrainBlockHash } from '../shared/schemas/terrain.ts';
import { sendRefusal } from './refusal.ts';
import { SESSION_COOKIE, sessionUser } from './services/auth.service.ts';
import { terrainBlock } from './services/terrain.service.ts';

export function registerTerrainRoutes(app: FastifyInstance, database: Database): void {
  app.get('/terrain/block/:hash', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !(await sessionUser(database.db, token))) return sendRefusal(reply, 'NOT_LOGGED_IN');
    const parsed = terrainBlockHash.safeParse((req.params as { hash?: unknown }).hash);
    if (!parsed.success) return sendRefusal(reply, 'INVALID_ARGS');
    const bytes = await terrainBlock(database.db, parsed.data);
    if (!bytes) return sendRefusal(reply, 'NOT_FOUND');
    return reply
      .header('cache-control', 'private, max-age=31536000, immutable')
      .type('application/octet-stream')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
