// The HTTP server: the built PWA, tRPC at /trpc, /healthz. Fastify for its maintained plugins
// (brotli/gzip, static files, helmet, cookies) and its structured (pino) logs.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import {
  fastifyTRPCPlugin,
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
} from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Database } from './db/database.ts';
import type { Env } from './env.ts';
import type { Context } from './context.ts';
import { appRouter, type AppRouter } from './router.ts';
import { SESSION_COOKIE, sessionUser } from './services/auth.service.ts';
import { brandingOf, loadBrandedShell } from './branding.ts';
import { securityHeaders } from './security.ts';
import { registerExportRoutes } from './export-http.ts';
import { registerAttachmentRoutes } from './attachments-http.ts';
import { registerOperationsRoutes } from './operations-http.ts';
import {
  registerRequestGuards,
  requestLogFields,
  TRPC_BODY_LIMIT,
  TRPC_MAX_BATCH,
} from './request-guards.ts';
import { registerOfflineRoutes } from './offline-http.ts';
import { sendRefusal } from './refusal.ts';
import { registerTerrainRoutes } from './terrain-http.ts';
import { registerImportRoutes } from './import-http.ts';

const clientDist = resolve(import.meta.dirname, '..', 'dist', 'client');

/** A hop count trusts that many proxies nearest to us (Fastify's types lack the numeric form). */
function trustProxyOption(
  value: Env['TRUST_PROXY'],
): boolean | string | ((addr: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_addr, hop) => hop < value : value;
}

export async function buildApp(
  database: Database,
  env: Env,
  /** Where log lines go (stdout by default): tests read them. */
  options: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      env.LOG_LEVEL === 'silent'
        ? false
        : {
            level: env.LOG_LEVEL,
            serializers: { req: requestLogFields },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    // Our own ids: a client-chosen X-Request-Id could collide with another request's in the log.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: trustProxyOption(env.TRUST_PROXY),
    bodyLimit: TRPC_BODY_LIMIT,
    routerOptions: { maxParamLength: 5000 },
  });

  await app.register(fastifyHelmet, securityHeaders(env));
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyCookie);
  registerRequestGuards(app);

  // Polled by load balancers and monitors: not worth a log line per call.
  app.get('/healthz', { logLevel: 'warn' }, async (_req, reply) => {
    const ok = await database.ping();
    return reply.code(ok ? 200 : 503).send({ ok });
  });

  registerExportRoutes(app, database, env);
  registerOperationsRoutes(app, database, env);
  await registerAttachmentRoutes(app, database, env);
  registerOfflineRoutes(app, database);
  registerTerrainRoutes(app, database);
  await registerImportRoutes(app, database);

  async function createContext({ req, res }: CreateFastifyContextOptions): Promise<Context> {
    const token = req.cookies[SESSION_COOKIE] ?? null;
    const user = token ? await sessionUser(database.db, token) : null;
    // Secure cookies whenever the request reached us over HTTPS (directly or behind a trusted proxy).
    const cookie = { path: '/', httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https' } as const;
    return {
      db: database.db,
      env,
      user,
      sessionToken: user ? token : null,
      ip: req.ip,
      requestId: req.id,
      userAgent: req.headers['user-agent'] ?? null,
      cookies: {
        get: (name) => req.cookies[name],
        set: (name, value, { expires }) => void res.setCookie(name, value, { ...cookie, expires }),
        clear: (name) => void res.clearCookie(name, cookie),
      },
    };
  }

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext,
      maxBatchSize: TRPC_MAX_BATCH,
      onError({ error, path, req }) {
        // req.log carries the request id the client was shown; the input is never logged.
        if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error, path }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  const shell = existsSync(join(clientDist, 'index.html'))
    ? loadBrandedShell(clientDist, brandingOf(env))
    : null;
  const sendShell = (reply: FastifyReply, html: string) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  if (shell) {
    // The shell and the manifest carry the cooperative's name: answered before the static files.
    app.addHook('onRequest', async (req, reply) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return;
      const path = req.url.split('?')[0];
      if (path === '/' || path === '/index.html') return sendShell(reply, shell.html);
      if (path === '/manifest.webmanifest' && shell.manifest) {
        return reply
          .header('cache-control', 'no-cache')
          .type('application/manifest+json')
          .send(shell.manifest);
      }
    });
    await app.register(fastifyStatic, {
      root: clientDist,
      wildcard: false,
      setHeaders(res, path) {
        // Hashed assets never change; the shell, manifest and service worker must be revalidated.
        if (path.includes(`${join(clientDist, 'assets')}`)) {
          res.header('cache-control', 'public, max-age=31536000, immutable');
        } else res.header('cache-control', 'no-cache');
      },
    });
  } else {
    app.log.warn(`No built client in ${clientDist}: run \`npm run build\` (npm start does it).`);
  }
  // Deep links (/technicien, /coordination, …) are client routes: serve the shell. Anything else unknown
  // is refused in the one error shape, built client or not.
  app.setNotFoundHandler((req, reply) => {
    const page =
      req.method === 'GET' && !req.url.startsWith('/trpc') && req.headers.accept?.includes('text/html');
    if (shell && page) return sendShell(reply, shell.html);
    return sendRefusal(reply, 'NOT_FOUND');
  });
  return app;
}
