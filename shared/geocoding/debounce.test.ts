import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, debouncedSearch } from './debounce.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounce', () => {
  it('runs once, with the last arguments, after the pause', () => {
    const fn = vi.fn();
    const d = debounce(fn, 300);
    d('J');
    d('Ju');
    d('Jus');
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith('Jus');
  });

  it('can be cancelled or flushed', () => {
    const fn = vi.fn();
    const d = debounce(fn, 300);
    d('a');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    d('b');
    d.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith('b');
  });
});

describe('debouncedSearch', () => {
  it('answers the latest query only; superseded calls resolve to null and abort their request', async () => {
    const signals: AbortSignal[] = [];
    const search = vi.fn(
      (q: string, signal: AbortSignal) =>
        new Promise<string>((resolve) => {
          signals.push(signal);
          setTimeout(() => resolve(`results for ${q}`), 100);
        }),
    );
    const s = debouncedSearch(search, 200);
    const first = s.search('Jus');
    vi.advanceTimersByTime(250); // the first request is now in flight
    const second = s.search('Jussy');
    await vi.advanceTimersByTimeAsync(400);
    expect(await first).toBeNull();
    expect(signals[0]?.aborted).toBe(true);
    expect(await second).toBe('results for Jussy');
    expect(search).toHaveBeenCalledTimes(2);
  });
});
