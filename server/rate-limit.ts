// Fixed one-minute windows per key, in memory. Per process: with several processes behind a proxy,
// each allows the limit, which still bounds abuse; the proxy is the place for a global limit.
const windows = new Map<string, { start: number; count: number }>();
const WINDOW_MS = 60_000;

export function consume(key: string, limit: number, now = Date.now()): boolean {
  const w = windows.get(key);
  if (!w || now - w.start >= WINDOW_MS) {
    if (windows.size > 50_000) prune(now);
    windows.set(key, { start: now, count: 1 });
    return true;
  }
  w.count += 1;
  return w.count <= limit;
}

function prune(now: number): void {
  for (const [k, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(k);
}

export function resetRateLimits(): void {
  windows.clear();
}
