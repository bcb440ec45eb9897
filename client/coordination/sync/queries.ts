// What coordinators see of the sync: refused mutations and overwritten values, newest first.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/router.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { PAGE_SIZE } from '../ui/QueryStatus.tsx';

// As they arrive over JSON (an `unknown` value may be absent), not as the server's zod types.
type SyncOutputs = inferRouterOutputs<AppRouter>['sync'];
export type RejectionItem = SyncOutputs['rejections']['items'][number];
export type ConflictItem = SyncOutputs['conflicts']['items'][number];

/** Unresolved only, unless the coordinator asks for the handled ones too. */
const resolvedFilter = (showResolved: boolean) => (showResolved ? {} : { resolved: false });

export function useRejections(showResolved: boolean) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.sync.rejections.infiniteQueryOptions(
      { ...resolvedFilter(showResolved), limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
}

export function useConflicts(showResolved: boolean) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.sync.conflicts.infiniteQueryOptions(
      { ...resolvedFilter(showResolved), limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
}

/** "Marquer comme traité", for either kind of record. */
export function useResolve(kind: 'rejection' | 'conflict') {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options =
    kind === 'rejection'
      ? trpc.sync.resolveRejection.mutationOptions()
      : trpc.sync.resolveConflict.mutationOptions();
  return useMutation({
    ...options,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.sync.rejections.pathFilter()),
        queryClient.invalidateQueries(trpc.sync.conflicts.pathFilter()),
        queryClient.invalidateQueries(trpc.interventions.get.pathFilter()),
      ]),
  });
}
