// Sending a subscription request or an interest registration. Without a connection (or without an
// answer from the server) the entry waits among the pending requests on this phone (pending-requests.ts)
// and leaves when the connection is back; a refusal from the server is shown, never queued.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { refusalOf } from '../lib/refusal.ts';
import { isServerAnswer, useTRPC, useTRPCClient } from '../lib/trpc.ts';
import {
  enqueue,
  sendPendingRequests,
  readPendingRequests,
  subscribePendingRequests,
  type NewPendingRequest,
  type SendOutcome,
} from './pending-requests.ts';

/** How often waiting entries are tried again while the page stays open (besides the `online` event). */
const RETRY_MS = 2 * 60_000;

type Client = ReturnType<typeof useTRPCClient>;

async function send(client: Client, entry: NewPendingRequest): Promise<void> {
  if (entry.what === 'subscription') await client.subscription.request.mutate(entry.input);
  else await client.interest.register.mutate(entry.input);
}

/** The demand layer counts registrations: show a new one without waiting for its cache to age. */
function useDemandRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.interest.demand.queryKey() }),
    [queryClient, trpc],
  );
}

export function useSubmit() {
  const client = useTRPCClient();
  const refreshDemand = useDemandRefresh();
  return useMutation({
    mutationFn: async (entry: NewPendingRequest): Promise<{ queued: boolean }> => {
      const keep = () => {
        if (!enqueue(entry)) throw new Error('offline and no storage');
        return { queued: true };
      };
      if (!navigator.onLine) return keep();
      try {
        await send(client, entry);
      } catch (error) {
        if (isServerAnswer(error)) throw error; // refused: say why, keep nothing
        return keep();
      }
      if (entry.what === 'interest') void refreshDemand();
      return { queued: false };
    },
  });
}

function outcomeOf(error: unknown): SendOutcome {
  // Rate-limited is "later", like no answer at all; any other refusal will not change by retrying.
  if (!isServerAnswer(error) || refusalOf(error)?.code === 'TOO_MANY_REQUESTS') return 'offline';
  return 'refused';
}

/**
 * Sends waiting entries now, on every `online` event and every few minutes. Returns how many still
 * wait, and whether some left during this visit (to say so).
 */
export function useOutbox(): { pending: number; delivered: boolean } {
  const client = useTRPCClient();
  const refreshDemand = useDemandRefresh();
  const pending = useSyncExternalStore(
    subscribePendingRequests,
    () => readPendingRequests().length,
    () => 0,
  );
  const [delivered, setDelivered] = useState(false);

  useEffect(() => {
    const run = () => {
      if (!navigator.onLine || readPendingRequests().length === 0) return;
      void sendPendingRequests(async (e) => {
        try {
          await send(client, e);
          return 'sent';
        } catch (error) {
          return outcomeOf(error);
        }
      }).then(({ sent }) => {
        if (sent === 0) return;
        setDelivered(true);
        void refreshDemand();
      });
    };
    run();
    const timer = setInterval(run, RETRY_MS);
    window.addEventListener('online', run);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', run);
    };
  }, [client, refreshDemand]);

  return { pending, delivered };
}
