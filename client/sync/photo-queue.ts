// The photo queue, apart from the entry queue. A week offline can leave ~100 MB of photos, an hour on a
// rural uplink: if photos were part of the sync cycle, an entry made during that hour would wait for the
// whole queue. Here the entry cycle (push → pull) ends, then kicks this queue, which uploads on its own
// (its own Web Lock, 'terrain-photos'); entries saved meanwhile go out within the write debounce.
// The technician can pause it (kept across reloads: a metered connection stays paused).
import { periodicDelay, retryDelay } from './backoff.ts';
import type { TerrainDb } from './db.ts';
import { withReopen } from './device.ts';
import { getMeta, setMeta } from './meta.ts';
import { uploadPendingPhotos, type UploadProgress } from './photo-upload.ts';
import { TransportError, type PhotoTransport } from './transport-types.ts';

const PHOTO_LOCK = 'terrain-photos';

export interface PhotoQueueState {
  running: boolean;
  paused: boolean;
  /** The current (or last) run: what it set out to send and how far it got. */
  progress: UploadProgress | null;
  /** Measured upload speed of the current (or last) run, for the time estimate. */
  bytesPerSecond: number | null;
  failures: number;
  lastError: { kind: 'network' | 'refused' | 'unexpected'; message: string } | null;
}

export const initialPhotoQueueState: PhotoQueueState = {
  running: false,
  paused: false,
  progress: null,
  bytesPerSecond: null,
  failures: 0,
  lastError: null,
};

export interface PhotoQueueDeps {
  db: TerrainDb;
  photos: PhotoTransport;
  random?: () => number;
  isOnline?: () => boolean;
  now?: () => number;
}

export class PhotoQueue {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly deps: PhotoQueueDeps,
    private readonly get: () => PhotoQueueState,
    private readonly set: (patch: Partial<PhotoQueueState>) => void,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    this.set({ paused: (await getMeta(this.deps.db, 'photosPaused')) === true });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Pausing stops after the chunk in flight; resuming starts right away. */
  async setPaused(paused: boolean): Promise<void> {
    await setMeta(this.deps.db, 'photosPaused', paused);
    this.set({ paused });
    if (!paused) void this.kick();
  }

  /** Uploads what waits (or runs again after the run in progress). Resolves when the run is over. */
  kick(): Promise<void> {
    if (this.stopped || this.get().paused) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runLocked().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.kick();
      }
    });
    return this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (!this.stopped) this.timer = setTimeout(() => void this.kick(), ms);
  }

  private async runLocked(): Promise<void> {
    const online = this.deps.isOnline ?? (() => navigator.onLine);
    if (!online()) return; // the entry cycle kicks us again once the network is back
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return this.upload();
    const ran = await locks.request(PHOTO_LOCK, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await this.upload();
      return true;
    });
    // Another tab uploads this device's photos: look again later, in case it closes.
    if (!ran) this.schedule(periodicDelay(this.deps.random));
  }

  private async upload(): Promise<void> {
    const { db, photos } = this.deps;
    const now = this.deps.now ?? Date.now;
    const started = now();
    let firstSent: number | null = null;
    this.set({ running: true });
    try {
      const result = await withReopen(db, () =>
        uploadPendingPhotos(db, photos, {
          shouldStop: () => this.stopped || this.get().paused,
          onProgress: (progress) => {
            firstSent ??= progress.sentBytes;
            const seconds = (now() - started) / 1000;
            const sent = progress.sentBytes - firstSent;
            // Below a second the rate is noise; keep the previous run's until a real one is measured.
            const rate = seconds >= 1 && sent > 0 ? sent / seconds : this.get().bytesPerSecond;
            this.set({ progress, bytesPerSecond: rate });
          },
        }),
      );
      this.set({ failures: 0, lastError: null, progress: result });
    } catch (error) {
      const failures = this.get().failures + 1;
      const kind = error instanceof TransportError ? error.kind : 'unexpected';
      this.set({
        failures,
        lastError: { kind, message: error instanceof Error ? error.message : String(error) },
      });
      if (kind === 'unexpected') console.error('photo upload failed', error);
      const loggedOut = error instanceof TransportError && error.code === 'UNAUTHORIZED';
      if (!loggedOut) this.schedule(retryDelay(failures, this.deps.random));
    } finally {
      this.set({ running: false });
    }
  }
}

/** Seconds left at the measured speed, or null before any speed was measured. */
export function secondsLeft(bytesLeft: number, bytesPerSecond: number | null): number | null {
  if (!bytesPerSecond || bytesPerSecond <= 0) return null;
  return Math.ceil(bytesLeft / bytesPerSecond);
}
