// Typing in an address box must not send a request per keystroke: the BAN allows ~50 requests/s per IP,
// shared by everyone behind the same NAT (a village hall, a cooperative's office).

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  /** Runs the pending call now, if there is one. */
  flush(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    const args = pending;
    pending = null;
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    pending = args;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, waitMs);
  };
  debounced.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  debounced.flush = () => {
    if (timer) clearTimeout(timer);
    run();
  };
  return debounced;
}

/**
 * Debounced, latest-wins search: each call resolves with the results of its own query, or with null
 * when a newer call superseded it (its request, if already sent, is aborted). Answers can thus never
 * arrive out of order in the UI.
 */
export function debouncedSearch<T>(
  search: (q: string, signal: AbortSignal) => Promise<T>,
  waitMs: number,
): { search(q: string): Promise<T | null>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let controller: AbortController | null = null;
  let settleSuperseded: (() => void) | null = null;

  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    controller?.abort();
    controller = null;
    settleSuperseded?.();
    settleSuperseded = null;
  };

  return {
    cancel,
    search(q) {
      cancel();
      return new Promise<T | null>((resolve, reject) => {
        settleSuperseded = () => resolve(null);
        timer = setTimeout(() => {
          timer = null;
          const own = new AbortController();
          controller = own;
          search(q, own.signal).then(
            (value) => resolve(own.signal.aborted ? null : value),
            (err: unknown) => (own.signal.aborted ? resolve(null) : reject(err)),
          );
        }, waitMs);
      });
    },
  };
}
