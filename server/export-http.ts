// Plain HTTP exports for other sites: GET /isp.json (FFDN ISP database, schema 0.1). Public and
// cacheable, readable cross-origin (the federation's map fetches it from its own domain).
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';
import type { Env } from './env.ts';
import { buildIspJson } from './services/export/isp-json.ts';

export function registerExportRoutes(app: FastifyInstance, database: Database, env: Env): void {
  app.get('/isp.json', async (_req, reply) => {
    const body = await buildIspJson(database.db, env);
    return reply
      .header('cache-control', 'public, max-age=3600')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .type('application/json; charset=utf-8')
      .send(body);
  });
}
