import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../lib/trpc.ts';
import { downloadBlob } from '../../lib/download.ts';

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

/** GDPR erasure of one subscription request (audited server-side by id only). */
export function useDeleteSubscription() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.subscription.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.subscription.list.pathFilter()),
    }),
  );
}

/** The registrations as CSV (the server records who downloaded them). */
export function useExportInterest() {
  const client = useTRPCClient();
  return useMutation({ mutationFn: () => client.interest.export.query() });
}

/** Everything kept about one person, as the JSON file a GDPR access request is answered with. */
export function useExportPerson() {
  const client = useTRPCClient();
  return useMutation({
    mutationFn: (input: { kind: 'interest' | 'subscription'; id: string }) =>
      client.prospects.exportPerson.query(input),
    // JSON without a byte-order mark (that mark is for spreadsheets only).
    onSuccess: (out) => downloadBlob(new Blob([out.json], { type: 'application/json' }), out.filename),
  });
}

export function useSetSubscriptionStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.subscription.setStatus.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.subscription.list.pathFilter()),
    }),
  );
}

/** A request planned as a visit: the job travels to the technician's device on their next sync. */
export function usePlanJob() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.jobs.create.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.jobs.pathFilter()),
          queryClient.invalidateQueries(trpc.subscription.list.pathFilter()),
        ]),
    }),
  );
}

export function useCancelJob() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.jobs.cancel.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.jobs.pathFilter()),
          queryClient.invalidateQueries(trpc.subscription.list.pathFilter()),
        ]),
    }),
  );
}

/** Erases every registration past its retention date now (the server also does it daily). */
export function usePurgeProspects() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.prospects.purge.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.subscription.list.pathFilter()),
          queryClient.invalidateQueries(trpc.interest.list.pathFilter()),
        ]),
    }),
  );
}
