// What the header says about this device, in one place so it can never say "Tout est envoyé" while
// something is still only on the phone, nor stay green while the server cannot be reached.
import type { OutboxSummary } from '../sync/hooks.ts';
import type { SyncState } from '../sync/state.ts';

export type Connection = 'online' | 'offline' | 'unreachable';

/** ok: nothing waits and the server answered; busy: waiting to go; warn/danger: the technician should look. */
type Tone = 'ok' | 'busy' | 'warn' | 'danger';

export interface DeviceStatus {
  connection: Connection;
  tone: Tone;
  /** Entries still to send: this device's and those imported from another device's backup. */
  entries: number;
  rejected: number;
  photos: number;
  photoBytes: number;
  /** Nothing left on the device only, and the last exchange with the server succeeded. */
  allSent: boolean;
}

type StateInput = Pick<
  SyncState,
  'offline' | 'failures' | 'lastError' | 'authRequired' | 'updateRequired' | 'running'
>;
type SummaryInput = Pick<
  OutboxSummary,
  'pending' | 'rejected' | 'pendingPhotos' | 'pendingPhotoBytes' | 'importedPending'
>;

function connectionOf(state: StateInput, browserOnline: boolean): Connection {
  if (state.offline || !browserOnline) return 'offline';
  // The browser has a network but our server did not answer (outage, captive portal, dead proxy).
  if (state.failures > 0 && state.lastError?.kind === 'network') return 'unreachable';
  return 'online';
}

export function deviceStatus(
  summary: SummaryInput | undefined,
  state: StateInput,
  browserOnline: boolean,
): DeviceStatus {
  const connection = connectionOf(state, browserOnline);
  const entries = (summary?.pending ?? 0) + (summary?.importedPending ?? 0);
  const rejected = summary?.rejected ?? 0;
  const photos = summary?.pendingPhotos ?? 0;
  const photoBytes = summary?.pendingPhotoBytes ?? 0;
  const blocked = state.authRequired || state.updateRequired;
  const failing = state.failures > 0 || connection !== 'online';
  const waiting = entries > 0 || photos > 0;
  const tone: Tone =
    rejected > 0 || blocked ? 'danger' : failing ? 'warn' : waiting || state.running ? 'busy' : 'ok';
  return {
    connection,
    tone,
    entries,
    rejected,
    photos,
    photoBytes,
    allSent: summary !== undefined && !waiting && rejected === 0 && !failing && !blocked,
  };
}
