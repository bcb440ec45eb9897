import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../lib/trpc.ts';

/** GDPR erasure of one registration (audited server-side by id only). */
export function useDeleteInterest() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.interest.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.interest.list.pathFilter()),
    }),
  );
}

/** The registrations as CSV (the server records who downloaded them). */
export function useExportInterest() {
  const client = useTRPCClient();
  return useMutation({ mutationFn: () => client.interest.export.query() });
}
