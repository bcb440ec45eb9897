// Server state of the installation screens (tRPC's options proxy).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstallationFilters } from '../../../shared/schemas/installations.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { PAGE_SIZE } from '../ui/QueryStatus.tsx';

export function useInstallationList(filters: InstallationFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.installations.list.infiniteQueryOptions(
      { ...filters, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor, staleTime: 15_000 },
    ),
  );
}

export function useInstallation(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.installations.get.queryOptions({ id }, { staleTime: 15_000 }));
}

/** Zones and fibre points (names for filters and links); coordinators read the inventory. */
export function useInventory() {
  const trpc = useTRPC();
  return useQuery(trpc.inventory.get.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}

function useRefreshInstallations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.installations.pathFilter());
}

/** The console's ONT swap: the same mutator (and rules) as the technician's offline one. */
export function useReplaceOnt() {
  const trpc = useTRPC();
  const refresh = useRefreshInstallations();
  return useMutation(trpc.installations.replaceOnt.mutationOptions({ onSettled: refresh }));
}

export function useRemoveInstallation() {
  const trpc = useTRPC();
  const refresh = useRefreshInstallations();
  return useMutation(trpc.installations.remove.mutationOptions({ onSettled: refresh }));
}
