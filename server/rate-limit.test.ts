import { describe, expect, it } from 'vitest';
import { consume, resetRateLimits } from './rate-limit.ts';

describe('rate limit', () => {
  it('allows the limit within a minute, then refuses, then allows again in the next window', () => {
    resetRateLimits();
    const t0 = 1_000_000;
    const results = Array.from({ length: 4 }, () => consume('ip:a', 3, t0));
    expect(results).toEqual([true, true, true, false]);
    expect(consume('ip:b', 3, t0)).toBe(true); // keys are independent
    expect(consume('ip:a', 3, t0 + 60_000)).toBe(true);
  });
});
