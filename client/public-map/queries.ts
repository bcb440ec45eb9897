// The map's server state. These queries are also cached by the service worker (vite.config.ts), so
// they answer offline with the last copy seen online.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc.ts';

export function useCoverage() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.network.coverage.queryOptions(), staleTime: 5 * 60_000 });
}

/** The public map's outline: relays, sectors, fibre areas, counts; buildings come by tile. */
export function useOutline() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.network.outline.queryOptions(), staleTime: 5 * 60_000 });
}

export function useNetworkConfig() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.network.config.queryOptions(), staleTime: Infinity, retry: false });
}

/** The public demand map (aggregated H3 cells, no personal data), fetched only while it is shown. */
export function useDemand(enabled: boolean) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.interest.demand.queryOptions({}), enabled, staleTime: 60_000 });
}
