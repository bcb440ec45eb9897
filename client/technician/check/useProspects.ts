// Prospects of the technician's zones: read from the server when online and kept in the device
// database, so the map still shows them (and a survey can still start from one) offline.
import { useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { ProspectPoint } from '../../../shared/schemas/surveys.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { getMeta, setMeta } from '../../sync/meta.ts';
import { useDevice } from '../../sync/SyncProvider.tsx';

export function useProspects(): { items: ProspectPoint[]; asOf: string } | undefined {
  const trpc = useTRPC();
  const { db } = useDevice();
  const online = useQuery({ ...trpc.surveys.prospects.queryOptions(), staleTime: 60_000, retry: false });
  useEffect(() => {
    if (online.data) void setMeta(db, 'prospects', online.data);
  }, [db, online.data]);
  const kept = useLiveQuery(() => getMeta(db, 'prospects'), [db]);
  return online.data ?? kept ?? undefined;
}

/** Where a survey of this prospect starts. */
export function surveyPath(
  p: { kind: ProspectPoint['kind'] | 'point'; id: string; position: ProspectPoint['position'] },
  sectorId?: string | null,
): string {
  const q = new URLSearchParams({
    cible: p.kind,
    id: p.id,
    lat: String(p.position.lat),
    lon: String(p.position.lon),
  });
  if (sectorId) q.set('secteur', sectorId);
  return `/technicien/etude?${q.toString()}`;
}
