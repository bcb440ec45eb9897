// Server state of the network screens: the inventory (coordinators and admins), one element's history
// (admins: the audit log is theirs), and the saves, which refresh the inventory when they land.
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';

export function useInventory() {
  const trpc = useTRPC();
  return useQuery(trpc.inventory.get.queryOptions(undefined, { staleTime: 15_000 }));
}

export function useHistory(target: { table: string; id: string } | null) {
  const trpc = useTRPC();
  return useQuery(
    trpc.inventory.audit.queryOptions(
      target ? { targetTable: target.table, targetId: target.id, limit: 20 } : skipToken,
    ),
  );
}

function useRefresh() {
  const trpc = useTRPC();
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: trpc.inventory.get.queryKey() });
    void client.invalidateQueries({ queryKey: trpc.inventory.audit.queryKey() });
  };
}

export function useSaveSite() {
  const trpc = useTRPC();
  return useMutation(trpc.inventory.saveSite.mutationOptions({ onSuccess: useRefresh() }));
}

export function useSaveSector() {
  const trpc = useTRPC();
  return useMutation(trpc.inventory.saveSector.mutationOptions({ onSuccess: useRefresh() }));
}

export function useSaveFibrePoint() {
  const trpc = useTRPC();
  return useMutation(trpc.inventory.saveFibrePoint.mutationOptions({ onSuccess: useRefresh() }));
}

export function useSaveBuilding() {
  const trpc = useTRPC();
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation(
    trpc.inventory.saveBuilding.mutationOptions({
      onSuccess: () => {
        refresh();
        void client.invalidateQueries({ queryKey: trpc.places.building.queryKey() });
      },
    }),
  );
}
