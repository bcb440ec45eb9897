// Review of interventions (optimistic).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

/**
 * Approve or send back. The detail shows the new status at once; a refusal (already approved by
 * someone else, offline) puts the previous state back. Lists and the detail refetch either way.
 */
export function useReviewIntervention(id: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detailKey = trpc.interventions.get.queryKey({ id });
  return useMutation(
    trpc.interventions.review.mutationOptions({
      onMutate: async (input) => {
        await queryClient.cancelQueries({ queryKey: detailKey });
        const previous = queryClient.getQueryData(detailKey);
        if (previous) {
          queryClient.setQueryData(detailKey, {
            ...previous,
            intervention: {
              ...previous.intervention,
              status: input.decision === 'approve' ? 'approved' : 'changes_requested',
              reviewComment: input.comment?.trim() || null,
              reviewedAt: new Date().toISOString(),
            },
          });
        }
        return { previous };
      },
      onError: (_error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(detailKey, context.previous);
      },
      onSettled: () => queryClient.invalidateQueries(trpc.interventions.pathFilter()),
    }),
  );
}
