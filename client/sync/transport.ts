// The real network side of the engine: sync.push / sync.pull over tRPC (unbatched: a push is never held
// behind a slow pull), photos over plain HTTP (server/attachments-http.ts). Every answer's Date header
// feeds the clock-skew check: device clocks are information, never order (contract §3.6).
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { z } from 'zod';
import type { AppRouter } from '../../server/router.ts';
import {
  TransportError,
  type PhotoTransport,
  type SyncTransport,
  type UploadAnswer,
} from './transport-types.ts';

export interface ClockObserver {
  (skewMs: number): void;
}

const errorData = z.object({ code: z.string(), domainCode: z.string().nullish() });

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
  if (error instanceof TRPCClientError) {
    const data = errorData.safeParse(error.data);
    // An answer from our server carries tRPC error data; a proxy's 502 or a dropped connection does not.
    if (data.success) {
      return new TransportError('refused', error.message, data.data.code, data.data.domainCode ?? null);
    }
  }
  return new TransportError('network', error instanceof Error ? error.message : String(error));
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

const uploadBody = z.object({
  receivedBytes: z.number(),
  complete: z.boolean(),
  error: z.string().nullish(),
});

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
      if (res.status === 401) throw new TransportError('refused', 'Connexion requise.', 'UNAUTHORIZED');
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
      if (res.status === 401) throw new TransportError('refused', 'Connexion requise.', 'UNAUTHORIZED');
      if (res.status >= 500) throw new TransportError('network', `HTTP ${res.status}`);
      const body = uploadBody.safeParse(await res.json().catch(() => null));
      const offset = Number(res.headers.get('upload-offset') ?? (body.success ? body.data.receivedBytes : 0));
      return {
        status: res.status,
        offset: Number.isFinite(offset) ? offset : 0,
        complete: res.headers.get('upload-complete') === '?1' || (body.success && body.data.complete),
        error: body.success ? (body.data.error ?? undefined) : undefined,
      };
    },
  };
}
