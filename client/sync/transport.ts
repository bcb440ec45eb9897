// The real network side of the engine: sync.push / sync.pull over tRPC (unbatched: a push is never held
// behind a slow pull), photos over plain HTTP (server/attachments-http.ts). Every answer's Date header
// feeds the clock-skew check: device clocks are information, never order (contract §3.6).
import { createTRPCClient, httpLink } from '@trpc/client';
import { z } from 'zod';
import type { AppRouter } from '../../server/router.ts';
import { refusalInBody, refusalOf } from '../lib/refusal.ts';
import {
  TransportError,
  type PhotoTransport,
  type SyncTransport,
  type UploadAnswer,
} from './transport-types.ts';

export interface ClockObserver {
  (skewMs: number): void;
}

function observingFetch(onSkew: ClockObserver): typeof fetch {
  return async (input, init) => {
    const sent = Date.now();
    const response = await fetch(input, { ...init, credentials: 'include' });
    const date = response.headers.get('date');
    const server = date ? Date.parse(date) : Number.NaN;
    // The Date header has a one-second resolution: compare with the middle of the exchange.
    if (Number.isFinite(server)) onSkew((sent + Date.now()) / 2 - (server + 500));
    return response;
  };
}

function toTransportError(error: unknown): TransportError {
  // An answer from our server carries tRPC error data; a proxy's 502 or a dropped connection does not.
  const refused = refusalOf(error);
  if (refused) return new TransportError('refused', refused.message, refused.code, refused.domainCode);
  return new TransportError('network', error instanceof Error ? error.message : String(error));
}

/** A refusal of /attachments, from its body: the same shape as a tRPC refusal. */
function refusedUpload(status: number, body: unknown): TransportError {
  const refused = refusalInBody(body);
  return refused
    ? new TransportError('refused', refused.message, refused.code, refused.domainCode)
    : new TransportError('refused', `HTTP ${status}`, `HTTP_${status}`);
}

export function createSyncTransport(onSkew: ClockObserver, baseUrl = ''): SyncTransport {
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, fetch: observingFetch(onSkew) })],
  });
  return {
    push: (input) =>
      client.sync.push.mutate(input).catch((e: unknown) => Promise.reject(toTransportError(e))),
    pull: (input) => client.sync.pull.query(input).catch((e: unknown) => Promise.reject(toTransportError(e))),
  };
}

// Progress travels with every answer to a chunk, refused ones included (a 409 says where to resume).
const uploadBody = z.object({ receivedBytes: z.number(), complete: z.boolean() });

async function request(url: string, init: RequestInit, onSkew: ClockObserver): Promise<Response> {
  try {
    return await observingFetch(onSkew)(url, init);
  } catch (error) {
    throw new TransportError('network', error instanceof Error ? error.message : String(error));
  }
}

export function createPhotoTransport(onSkew: ClockObserver, baseUrl = ''): PhotoTransport {
  const url = (sha256: string) => `${baseUrl}/attachments/${sha256}`;
  return {
    async head(sha256) {
      const res = await request(url(sha256), { method: 'HEAD' }, onSkew);
      // HEAD has no body: the status says it all.
      if (res.status === 401)
        throw new TransportError('refused', 'HTTP 401', 'UNAUTHORIZED', 'NOT_LOGGED_IN');
      if (res.status >= 500) throw new TransportError('network', `HTTP ${res.status}`);
      return {
        offset: Number(res.headers.get('upload-offset') ?? 0) || 0,
        complete: res.headers.get('upload-complete') === '?1',
      };
    },
    async put(sha256, chunk, start, total, mime): Promise<UploadAnswer> {
      const res = await request(
        url(sha256),
        {
          method: 'PUT',
          headers: {
            'content-type': mime,
            'content-range': `bytes ${start}-${start + chunk.size - 1}/${total}`,
          },
          body: chunk,
        },
        onSkew,
      );
      if (res.status >= 500) throw new TransportError('network', `HTTP ${res.status}`);
      const json: unknown = await res.json().catch(() => null);
      if (res.status === 401) throw refusedUpload(res.status, json);
      const body = uploadBody.safeParse(json);
      const offset = Number(res.headers.get('upload-offset') ?? (body.success ? body.data.receivedBytes : 0));
      return {
        status: res.status,
        offset: Number.isFinite(offset) ? offset : 0,
        complete: res.headers.get('upload-complete') === '?1' || (body.success && body.data.complete),
        refusal: res.status === 200 ? undefined : refusedUpload(res.status, json),
      };
    },
  };
}
