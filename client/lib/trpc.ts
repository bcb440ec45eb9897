// One tRPC client and one QueryClient for the app. Components use `useTRPC()` (context); code outside
// React (prefetching, the technician data layer) uses the `trpc` options proxy bound to the same pair.
import { refusalOf } from './refusal.ts';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../server/router.ts';

/**
 * Queries the service worker caches (NetworkFirst, see vite.config.ts). They go unbatched so each
 * has one stable URL (`GET /trpc/network.coverage`): a batch URL mixes procedures and inputs.
 */
const SW_CACHED_QUERIES: ReadonlySet<string> = new Set([
  'network.coverage',
  'network.config',
  'network.outline',
  'network.tile',
  'network.offlineManifest',
]);

const withCookies: typeof fetch = (input, init) => fetch(input, { ...init, credentials: 'include' });

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === 'query' && SW_CACHED_QUERIES.has(op.path),
      true: httpLink({ url: '/trpc', fetch: withCookies }),
      false: httpBatchLink({ url: '/trpc', fetch: withCookies }),
    }),
  ],
});

/** An HTTP answer from the server (it said no) rather than no answer at all (offline, DNS, timeout). */
export function isServerAnswer(error: unknown): boolean {
  return refusalOf(error) !== null;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Try even when the browser says offline: the service worker may answer from its cache.
      networkMode: 'offlineFirst',
      staleTime: 60_000,
      // Retrying a refusal (401, 403, 400) is pointless; retry flaky links a little.
      retry: (failures, error) => failures < 2 && !isServerAnswer(error),
      refetchOnWindowFocus: false,
    },
    mutations: { networkMode: 'offlineFirst', retry: false },
  },
});

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
