// When to sync, one tab at a time. Triggers: start, `online`, the page becoming visible, a timer
// (periodic when healthy, exponential backoff with jitter after failures), each local write
// (debounced), the "Synchroniser" button. A Web Lock ('terrain-sync') keeps two tabs from pushing the
// same outbox at once; the tab that holds it runs again if writes arrived meanwhile. A cycle is push →
// pull; each successful one then kicks the photo queue, which uploads on its own (photo-queue.ts).
import { withReopen } from './device.ts';
import { setMeta } from './meta.ts';
import { periodicDelay, retryDelay } from './backoff.ts';
import { runCycle, type CycleDeps } from './cycle.ts';
import { PhotoQueue, type PhotoQueueState } from './photo-queue.ts';
import { initialSyncState, type SyncState } from './state.ts';
import { TransportError, type PhotoTransport } from './transport-types.ts';

const SYNC_LOCK = 'terrain-sync';
const WRITE_DEBOUNCE_MS = 1_500;

export interface EngineOptions extends CycleDeps {
  photos: PhotoTransport;
  random?: () => number;
  isOnline?: () => boolean;
  /** Called after every cycle (the update guard and the UI refresh on it). */
  onCycleEnd?: () => void;
}

export class SyncEngine {
  private state: SyncState = initialSyncState;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly detach: (() => void)[] = [];
  readonly photoQueue: PhotoQueue;

  constructor(private readonly options: EngineOptions) {
    this.photoQueue = new PhotoQueue(
      { db: options.db, photos: options.photos, random: options.random, isOnline: options.isOnline },
      () => this.state.photos,
      (patch: Partial<PhotoQueueState>) => this.set({ photos: { ...this.state.photos, ...patch } }),
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SyncState => this.state;

  private set(patch: Partial<SyncState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  observeClock = (skewMs: number): void => {
    if (this.state.clockSkewMs === null || Math.abs(skewMs - this.state.clockSkewMs) > 1_000) {
      this.set({ clockSkewMs: skewMs });
    }
  };

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (typeof window !== 'undefined') {
      const onOnline = () => void this.syncNow();
      const onVisible = () => {
        if (document.visibilityState === 'visible') void this.syncNow();
      };
      window.addEventListener('online', onOnline);
      document.addEventListener('visibilitychange', onVisible);
      this.detach.push(
        () => window.removeEventListener('online', onOnline),
        () => document.removeEventListener('visibilitychange', onVisible),
      );
    }
    // The pause flag is read before the first cycle kicks the photo queue.
    void this.photoQueue
      .start()
      .catch(() => undefined)
      .then(() => this.syncNow());
  }

  stop(): void {
    this.stopped = true;
    this.photoQueue.stop();
    clearTimeout(this.timer);
    clearTimeout(this.debounce);
    for (const off of this.detach.splice(0)) off();
  }

  /** After a local write: sync soon, once, however many writes follow in a burst. */
  notifyLocalWrite(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncNow(), WRITE_DEBOUNCE_MS);
  }

  /** Runs a sync now (or right after the one in progress). Resolves when it is over. */
  syncNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runLocked().finally(() => {
      this.running = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.set({ nextAttemptAt: Date.now() + ms });
    this.timer = setTimeout(() => void this.syncNow(), ms);
  }

  private async runLocked(): Promise<void> {
    const online = this.options.isOnline ?? (() => navigator.onLine);
    if (!online()) {
      // The `online` event wakes us up; the timer only guards against a browser that never sends it.
      this.set({ offline: true });
      this.schedule(periodicDelay(this.options.random));
      return;
    }
    this.set({ offline: false });
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return this.cycle();
    const ran = await locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await this.cycle();
      return true;
    });
    // Another tab is syncing this device's outbox: look again a little later.
    if (!ran) this.schedule(retryDelay(1, this.options.random));
  }

  private async cycle(): Promise<void> {
    const random = this.options.random;
    this.set({ running: true, pull: null });
    try {
      // Every step is idempotent, so a connection closed by the browser mid-cycle is reopened and the
      // cycle simply run again.
      const outcome = await withReopen(this.options.db, () =>
        runCycle(this.options, {
          phase: (phase) => this.set({ phase }),
          pull: (pull) => this.set({ pull }),
        }),
      );
      const at = new Date().toISOString();
      await setMeta(this.options.db, 'lastSyncAt', at);
      this.set({
        failures: 0,
        lastError: null,
        authRequired: false,
        updateRequired: outcome.updateRequired,
        storageFull: outcome.storageFull,
        lastPush: outcome.pushed,
      });
      this.schedule(periodicDelay(random));
      // Not awaited: photos go on while later entries are pushed by the next cycles.
      void this.photoQueue.kick();
    } catch (error) {
      const failures = this.state.failures + 1;
      const refused = error instanceof TransportError && error.kind === 'refused';
      const authRequired = refused && error.code === 'UNAUTHORIZED';
      this.set({
        failures,
        authRequired,
        lastError: {
          kind: error instanceof TransportError ? error.kind : 'unexpected',
          message: error instanceof Error ? error.message : String(error),
        },
      });
      if (!(error instanceof TransportError)) console.error('sync failed', error);
      // Logged out: nothing will work until the technician logs in again (the page says so).
      if (!authRequired) this.schedule(retryDelay(failures, random));
    } finally {
      this.set({ running: false, phase: 'idle' });
      this.options.onCycleEnd?.();
    }
  }
}
