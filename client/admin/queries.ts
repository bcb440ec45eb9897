// The administration area's server state: people, the inventory (zones and what they hold), the log.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../lib/trpc.ts';

export function usePeople() {
  const trpc = useTRPC();
  return useQuery(trpc.users.list.queryOptions());
}

export function useInventory() {
  const trpc = useTRPC();
  return useQuery(trpc.inventory.get.queryOptions());
}

/** After any change: people, zones and the log all move together. */
export function useRefreshAdmin(): () => Promise<void> {
  const trpc = useTRPC();
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
      client.invalidateQueries({ queryKey: trpc.inventory.get.queryKey() }),
      client.invalidateQueries({ queryKey: trpc.inventory.audit.pathKey() }),
    ]);
  };
}
