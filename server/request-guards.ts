// Request-level guards in front of the routes: a state-changing request from another site is refused
// (SameSite=Lax alone lets some through), tRPC bodies are JSON of bounded size, authenticated answers
// are never stored by a cache, and request logs keep the route (the procedure names) but never its
// query string, which holds the procedure input: visitors' positions and typed addresses.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './services/auth.service.ts';
import { sendRefusal } from './refusal.ts';

/** /trpc bodies above this answer 413; photo chunks have their own limit on /attachments. */
export const TRPC_BODY_LIMIT = 1024 * 1024;
/** A client batching more calls than this gets 400 (the web client's batch link uses the same cap). */
export const TRPC_MAX_BATCH = 10;

function changesState(req: FastifyRequest): boolean {
  const path = req.url.split('?')[0] ?? '';
  if (path.startsWith('/trpc/')) return req.method === 'POST';
  if (path.startsWith('/attachments/')) return req.method === 'PUT' || req.method === 'DELETE';
  if (path.startsWith('/imports')) return req.method === 'POST';
  return false;
}

/** Origin, or Sec-Fetch-Site when a browser sends no Origin, names another site than this one. */
function fromAnotherSite(req: FastifyRequest): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false; // not a browser's cross-site request (curl, scripts, tests)
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true; // "null" (sandboxed frames, file://) or garbage
  }
}

function jsonOrEmpty(req: FastifyRequest): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return true;
  // No body at all (a mutation without input) is fine; any other body would bypass the JSON size limit.
  return !type && (req.headers['content-length'] ?? '0') === '0' && !req.headers['transfer-encoding'];
}

export function registerRequestGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
    if (changesState(req) && fromAnotherSite(req)) {
      return sendRefusal(reply, 'CROSS_SITE_REQUEST');
    }
    if (req.method === 'POST' && req.url.startsWith('/trpc/')) {
      if (!jsonOrEmpty(req)) return sendRefusal(reply, 'JSON_REQUIRED');
      if (Number(req.headers['content-length'] ?? 0) > TRPC_BODY_LIMIT) {
        return sendRefusal(reply, 'REQUEST_TOO_LARGE');
      }
    }
    return undefined;
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const authenticated = Boolean(req.cookies[SESSION_COOKIE]) || reply.hasHeader('set-cookie');
    if (req.url.startsWith('/trpc/') && authenticated) void reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** What a request log line holds: method, route and procedure names, the client address. No input. */
export function requestLogFields(req: FastifyRequest): Record<string, string> {
  return { method: req.method, url: req.url.split('?')[0] ?? '', remoteAddress: req.ip };
}
