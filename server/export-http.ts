// Plain HTTP exports. GET /isp.json (FFDN ISP database, schema 0.1): public and cacheable, readable
// cross-origin (the federation's map fetches it from its own domain). GET /exports/* (CONTRACT §6):
// coordinators' files, the list's filters as query parameters, streamed as they are read.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Database } from './db/database.ts';
import type { Env } from './env.ts';
import { roleRank, type SessionUser } from '../shared/schemas/auth.ts';
import { installationFiltersQuery } from '../shared/schemas/installations.ts';
import { interventionFilters } from '../shared/schemas/interventions.ts';
import { SESSION_COOKIE, sessionUser } from './services/auth.service.ts';
import { auditExportQuery } from '../shared/schemas/inventory.ts';
import { auditCsv } from './services/export/audit.ts';
import { buildIspJson } from './services/export/isp-json.ts';
import { installationsCsv, installationsGeojson } from './services/export/installations.ts';
import { interventionsCsv, interventionsGeojson } from './services/export/interventions.ts';
import { eInterventionJson, eInterventionQuery } from './services/export/e-intervention.ts';
import type { ExportFile } from './services/export/types.ts';
import { consume } from './rate-limit.ts';
import { sendInvalidInput, sendRefusal } from './refusal.ts';

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

  async function allowed(
    req: FastifyRequest,
    reply: FastifyReply,
    min: 'coordinator' | 'admin',
  ): Promise<SessionUser | null> {
    const token = req.cookies[SESSION_COOKIE];
    const user = token ? await sessionUser(database.db, token) : null;
    if (!user) {
      await sendRefusal(reply.header('cache-control', 'no-store'), 'NOT_LOGGED_IN');
      return null;
    }
    if (roleRank[user.role] < roleRank[min]) {
      await sendRefusal(reply.header('cache-control', 'no-store'), 'WRONG_ROLE');
      return null;
    }
    return user;
  }

  function serve<S extends z.ZodType>(
    path: string,
    schema: S,
    make: (filters: z.output<S>) => Promise<ExportFile> | ExportFile,
    min: 'coordinator' | 'admin' = 'coordinator',
  ) {
    app.get(path, async (req, reply) => {
      if (!(await allowed(req, reply, min))) return reply;
      const filters = schema.safeParse(req.query);
      if (!filters.success) {
        return sendInvalidInput(reply.header('cache-control', 'no-store'), filters.error);
      }
      const file = await make(filters.data);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .type(file.contentType)
        .send(Readable.from(file.chunks));
    });
  }

  const { db } = database;
  serve('/exports/interventions.csv', interventionFilters.strict(), (f) => interventionsCsv(db, f));
  serve('/exports/interventions.geojson', interventionFilters.strict(), (f) => interventionsGeojson(db, f));
  serve('/exports/interventions-e-intervention.json', eInterventionQuery.strict(), (f) =>
    eInterventionJson(db, f),
  );
  serve('/exports/installations.csv', installationFiltersQuery.strict(), (f) => installationsCsv(db, f));
  serve('/exports/installations.geojson', installationFiltersQuery.strict(), (f) =>
    installationsGeojson(db, f),
  );
  serve('/exports/audit.csv', auditExportQuery.strict(), (f) => auditCsv(db, f), 'admin');
}
