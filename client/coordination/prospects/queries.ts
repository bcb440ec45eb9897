// Prospects' personal data (coordinators only): subscription requests and interest registrations.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../server/router.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { PAGE_SIZE } from '../ui/QueryStatus.tsx';

type Outputs = inferRouterOutputs<AppRouter>;
export type SubscriptionItem = Outputs['subscription']['list']['items'][number];
export type InterestItem = Outputs['interest']['list']['items'][number];

export function useSubscriptionRequests() {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.subscription.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
}

export function useInterestRegistrations() {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.interest.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
}
