// Plain HTTP exports for other sites: GET /isp.json (FFDN ISP database, schema 0.1). Public and
// cacheable, readable cross-origin (the federation's map fetches it from its own domain).
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';
import type { Env } from './env.ts';
import { buildIspJson } from './services/export/isp-json.ts';
import { consume } from './rate-limit.ts';
import { sendRefusal } from './refusal.ts';

export function registerExportRoutes(app: FastifyInstance, database: Database, env: Env): void {
  app.get('/isp.json', async (req, reply) => {
    // Limited like the public procedures: building it reads the whole network.
    if (!(await consume(database.db, `${req.ip}:/isp.json`, env.PUBLIC_RATE_LIMIT))) {
      return sendRefusal(reply.header('retry-after', '60'), 'RATE_LIMITED');
    }
    const body = await buildIspJson(database.db, env);
    return reply
      .header('cache-control', 'public, max-age=3600')
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .type('application/json; charset=utf-8')
      .send(body);
  });
}
