// Server state of the review screens, through tRPC's options proxy (one query key per procedure+input).
import { skipToken, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { InterventionFilters } from '../../../shared/schemas/interventions.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { PAGE_SIZE } from '../ui/QueryStatus.tsx';

export function useInterventionList(filters: InterventionFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.interventions.list.infiniteQueryOptions(
      { ...filters, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor, staleTime: 15_000 },
    ),
  );
}

export function useIntervention(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.interventions.get.queryOptions({ id }, { staleTime: 15_000 }));
}

export function useTechnicians() {
  const trpc = useTRPC();
  return useQuery(trpc.interventions.technicians.queryOptions(undefined, { staleTime: 10 * 60_000 }));
}

/** Which photos the server holds in full; the others are still on the technician's device. */
export function usePhotoStatus(sha256: string[]) {
  const trpc = useTRPC();
  return useQuery(trpc.attachments.status.queryOptions(sha256.length ? { sha256 } : skipToken));
}
