// The offline package's state for the page: what is on the device, what the server has, and the
// download. Small packages (the demo's) come by themselves; a large one waits for the person, who
// sees its size first. A package the person already keeps is brought up to date by difference.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { OfflineManifest } from '../../shared/schemas/network-view.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useOnline } from '../lib/useOnline.ts';
import { AUTO_DOWNLOAD_BYTES, missingBytes, storedManifest, updatePackage } from './offline-package.ts';

export type PackageStatus =
  | { kind: 'unknown' }
  | { kind: 'offer'; bytes: number }
  | { kind: 'downloading'; done: number; total: number }
  | { kind: 'ready'; dataAsOf: string; buildings: number }
  | { kind: 'failed'; bytes: number };

const STORED_KEY = ['offline-package', 'stored'] as const;

export function useOfflinePackage(): { status: PackageStatus; download: () => void } {
  const trpc = useTRPC();
  const online = useOnline();
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: STORED_KEY, queryFn: storedManifest, staleTime: Infinity });
  const remote = useQuery({
    ...trpc.network.offlineManifest.queryOptions(),
    enabled: online,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const manifest = remote.data;
  const have = stored.data;
  const upToDate = have != null && manifest != null && have.version === manifest.version;
  const missing = useQuery({
    queryKey: ['offline-package', 'missing', manifest?.version],
    queryFn: () => (manifest ? missingBytes(manifest) : 0),
    enabled: manifest != null && !upToDate,
    staleTime: Infinity,
  });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const save = useMutation({
    mutationFn: (m: OfflineManifest) => updatePackage(m, (done, total) => setProgress({ done, total })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: STORED_KEY }),
  });

  // Small, or an update of a package the person already chose to keep: no need to ask.
  const automatic =
    manifest != null &&
    !upToDate &&
    missing.data !== undefined &&
    (missing.data <= AUTO_DOWNLOAD_BYTES || have != null);
  const { mutate, isIdle } = save;
  useEffect(() => {
    if (automatic && isIdle && manifest) mutate(manifest);
  }, [automatic, isIdle, manifest, mutate]);

  const download = () => manifest && save.mutate(manifest);
  if (save.isPending)
    return {
      status: {
        kind: 'downloading',
        done: progress?.done ?? 0,
        total: progress?.total ?? manifest?.totalBytes ?? 0,
      },
      download,
    };
  if (save.isError) return { status: { kind: 'failed', bytes: missing.data ?? 0 }, download };
  if (have && (upToDate || !manifest))
    return {
      status: {
        kind: 'ready',
        dataAsOf: have.dataAsOf,
        buildings: have.chunks.reduce((s, c) => s + c.buildings, 0),
      },
      download,
    };
  if (manifest && missing.data !== undefined)
    return { status: { kind: 'offer', bytes: missing.data }, download };
  return { status: { kind: 'unknown' }, download };
}
