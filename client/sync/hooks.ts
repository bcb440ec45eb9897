// React access to the sync layer: the engine's live state, the outbox summary, local writes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useSyncExternalStore } from 'react';
import type { MutatorArgs, MutatorName } from '../../shared/mutators/index.ts';
import { notifyUpdateGuardChanged } from '../pwa/updateGuard.ts';
import type { TerrainDb } from './db.ts';
import { withReopen } from './device.ts';
import { getMeta, type Incident } from './meta.ts';
import { mutate, type MutateOptions, type Queued } from './outbox.ts';
import type { SyncState } from './state.ts';
import { useDevice } from './SyncProvider.tsx';

export function useSyncState(): SyncState {
  const { engine } = useDevice();
  return useSyncExternalStore(engine.subscribe, engine.getState);
}

export interface OutboxSummary {
  pending: number;
  rejected: number;
  /** Device time the oldest pending entry was made. */
  oldestPendingAt: string | null;
  lastSyncAt: string | null;
  pendingPhotos: number;
  /** Bytes of those photos the server does not have yet. */
  pendingPhotoBytes: number;
  /** Entries imported from another device's backup, still to send. */
  importedPending: number;
  incidents: Incident[];
}

/** Photos still on the device only, and how many of their bytes the server lacks. */
async function photosLeft(db: TerrainDb): Promise<{ pendingPhotos: number; pendingPhotoBytes: number }> {
  let pendingPhotos = 0;
  let pendingPhotoBytes = 0;
  const sent = new Map((await db.photoProgress.toArray()).map((p) => [p.sha256, p.uploadedBytes]));
  // Keys and sizes only: each() does not read the blobs' bytes.
  await db.photos.each((p) => {
    pendingPhotos += 1;
    pendingPhotoBytes += Math.max(0, p.size - (sent.get(p.sha256) ?? 0));
  });
  return { pendingPhotos, pendingPhotoBytes };
}

/** Entries waiting to be sent: one indexed count, for a view that needs no more than that. */
export function usePendingCount(): number | undefined {
  const { db } = useDevice();
  return useLiveQuery(() => db.outbox.where('status').equals('pending').count(), [db]);
}

export function useOutboxSummary(): OutboxSummary | undefined {
  const { db } = useDevice();
  return useLiveQuery(async () => {
    const pending = db.outbox.where('status').equals('pending');
    return {
      pending: await pending.count(),
      rejected: await db.outbox.where('status').equals('rejected').count(),
      oldestPendingAt: (await pending.first())?.createdAt ?? null,
      lastSyncAt: (await getMeta(db, 'lastSyncAt')) ?? null,
      ...(await photosLeft(db)),
      importedPending: await db.imported.where('status').equals('pending').count(),
      incidents: (await getMeta(db, 'incidents')) ?? [],
    };
  }, [db]);
}

/** A local write: resolves once the entry is committed on the device (then, and only then, confirm). */
export function useMutate(): <N extends MutatorName>(
  name: N,
  args: MutatorArgs<N>,
  options?: MutateOptions,
) => Promise<Queued> {
  const { db, ctx, engine } = useDevice();
  return useCallback(
    async (name, args, options) => {
      const queued = await withReopen(db, () => mutate(db, ctx, name, args, options));
      engine.notifyLocalWrite();
      notifyUpdateGuardChanged();
      return queued;
    },
    [db, ctx, engine],
  );
}
