// On the very first visit the page loads before its service worker exists, so the coverage data it
// fetched never went through the worker's runtime cache. Fetch it once more as soon as the worker
// takes control: the map then works offline from the first visit, not from the second.
import { queryClient, trpc } from '../lib/trpc.ts';

export function warmRuntimeCacheOnFirstControl(): void {
  if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      // The public page reads the outline (buildings by tile, the offline package in its own cache);
      // only the staff areas read the whole coverage.
      const staff = /^\/(technicien|coordination)/.test(location.pathname);
      void Promise.allSettled([
        staff
          ? queryClient.fetchQuery({ ...trpc.network.coverage.queryOptions(), staleTime: 0 })
          : queryClient.fetchQuery({ ...trpc.network.outline.queryOptions(), staleTime: 0 }),
        queryClient.fetchQuery({ ...trpc.network.config.queryOptions(), staleTime: 0 }),
      ]);
    },
    { once: true },
  );
}
