import { describe, expect, it } from 'vitest';
import { RateBudget } from './rate-budget.ts';

describe('RateBudget', () => {
  it('paces the calls of a documented limit evenly', async () => {
    const budget = new RateBudget({ share: 1, maxWaitMs: 5000 });
    const started = performance.now();
    const at: number[] = [];
    // 10 a second: 9 per 1.2 s window kept, so slots about 133 ms apart.
    await Promise.all(Array.from({ length: 3 }, () => budget.acquire('k', 10).then(() => at.push(performance.now() - started))));
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(120);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(120);
  });

  it('lets a limit finer than the clock through without waiting a millisecond a call', async () => {
    // Slots closer than a millisecond cannot be paced: before, every call after the first in a millisecond waited
    // for the next, so 2000 calls took two seconds or more and came out in no order.
    const budget = new RateBudget({ share: 1, maxWaitMs: 5000 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 2000 }, () => budget.acquire('k', 1_000_000)));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('still counts the calls of a window at a high limit', async () => {
    const budget = new RateBudget({ share: 1, maxWaitMs: 0 });
    // 2000 a second: 1800 kept per window; the next one would wait past maxWaitMs and is refused.
    for (let n = 0; n < 1800; n++) await budget.acquire('k', 2000);
    await expect(budget.acquire('k', 2000)).rejects.toMatchObject({ code: 'ConsoleBusy' });
  });
});
