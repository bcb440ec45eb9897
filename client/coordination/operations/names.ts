// Network element ids in people's words: "Jussy — clocher" rather than "site-jussy". Read from the
// inventory the form already loads (cached by the query client); an id not found is shown as is.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../lib/trpc.ts';

export function useElementNames(): (ids: string[]) => string {
  const trpc = useTRPC();
  const inventory = useQuery({ ...trpc.inventory.get.queryOptions(), staleTime: 5 * 60_000 });
  return useMemo(() => {
    const inv = inventory.data;
    const names = new Map<string, string>([
      ...(inv?.sites.map((s) => [s.id, s.name] as const) ?? []),
      ...(inv?.sectors.map((s) => [s.id, s.name ?? s.id] as const) ?? []),
      ...(inv?.fibrePoints.map((p) => [p.id, `${p.kind.toUpperCase()} ${p.name ?? p.id}`] as const) ?? []),
      ...(inv?.zones.map((z) => [z.id, z.name] as const) ?? []),
    ]);
    return (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ') || '—';
  }, [inventory.data]);
}
