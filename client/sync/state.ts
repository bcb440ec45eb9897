// What the sync engine tells the UI (in memory, per tab). Durable facts — pending entries, rejections,
// last successful sync — live in the database and are read with live queries.
import { initialPhotoQueueState, type PhotoQueueState } from './photo-queue.ts';
import type { PullProgress } from './pull.ts';
import type { PushSummary } from './push.ts';

export interface SyncState {
  running: boolean;
  phase: 'idle' | 'push' | 'pull';
  /** The browser says there is no network: no attempt until it says otherwise. */
  offline: boolean;
  pull: PullProgress | null;
  /** The photo queue, which runs apart from the entry cycle (photo-queue.ts). */
  photos: PhotoQueueState;
  lastPush: PushSummary | null;
  failures: number;
  nextAttemptAt: number | null;
  lastError: { kind: 'network' | 'refused' | 'unexpected'; message: string } | null;
  updateRequired: boolean;
  authRequired: boolean;
  storageFull: boolean;
  /** Device clock minus server clock, from the last answer's Date header. */
  clockSkewMs: number | null;
}

export const initialSyncState: SyncState = {
  running: false,
  phase: 'idle',
  offline: false,
  pull: null,
  photos: initialPhotoQueueState,
  lastPush: null,
  failures: 0,
  nextAttemptAt: null,
  lastError: null,
  updateRequired: false,
  authRequired: false,
  storageFull: false,
  clockSkewMs: null,
};
