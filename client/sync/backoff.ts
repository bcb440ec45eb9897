// When to try again. Failures back off exponentially with jitter, so a hundred phones coming out of the
// same dead zone do not knock on the server in the same second; a healthy device still checks now
// and then for the coordinator's reviews.

const RETRY_BASE_MS = 2_000;
export const RETRY_MAX_MS = 5 * 60_000;
const PERIODIC_MS = 5 * 60_000;

/** Delay before attempt n + 1 after n consecutive failures (n ≥ 1): 2 s, 4 s, 8 s… ≤ 5 min, ×[0.5, 1.5). */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const exp = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exp * (0.5 + random()));
}

/** Delay between two syncs when all is well: 5 min ± 20 %. */
export function periodicDelay(random: () => number = Math.random): number {
  return Math.round(PERIODIC_MS * (0.8 + 0.4 * random()));
}

/** Device clock minus server clock beyond which the technician is warned (never blocked). */
export const CLOCK_SKEW_WARN_MS = 5 * 60_000;
