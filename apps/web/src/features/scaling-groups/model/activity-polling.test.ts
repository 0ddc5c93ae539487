import { describe, expect, it } from 'vitest';
import { activityPollDelay } from './activity-polling.ts';

describe('activityPollDelay', () => {
  it('starts at a second and backs off by half again each time', () => {
    expect([1, 2, 3, 4].map(activityPollDelay)).toEqual([1000, 1500, 2250, 3375]);
  });

  it('never waits longer than 15 seconds', () => {
    expect(activityPollDelay(30)).toBe(15_000);
  });
});
