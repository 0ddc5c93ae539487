import { describe, expect, it } from 'vitest';
import { batchesOf, windowsOf } from '../../../cloud/monitor/monitor-reads.ts';
import { customProblem, periodFor, RANGE_SECONDS, spanOf } from './ranges.ts';

const ALL = [10, 60, 300, 3600, 86400];

describe('the period a range is drawn at', () => {
  it('is the finest one whose points fit one call, and that is kept that long', () => {
    expect(periodFor(RANGE_SECONDS['1h'], ALL)).toBe(10);
    expect(periodFor(RANGE_SECONDS['6h'], ALL)).toBe(60);
    // A day of minutes is 1,441 points: one too many.
    expect(periodFor(RANGE_SECONDS['24h'], ALL)).toBe(300);
    expect(periodFor(RANGE_SECONDS['7d'], ALL)).toBe(3600);
    expect(periodFor(RANGE_SECONDS['30d'], ALL)).toBe(3600);
  });

  it('is the coarsest a metric has when none fits, read in windows', () => {
    expect(periodFor(RANGE_SECONDS['7d'], [60, 300])).toBe(300);
    expect(periodFor(RANGE_SECONDS['30d'], [60, 300])).toBe(300);
    const windows = windowsOf(0, RANGE_SECONDS['7d'], 300);
    expect(windows).toHaveLength(2);
    expect(windows[0]).toEqual([0, 1439 * 300]);
    expect(windows[1]).toEqual([1440 * 300, RANGE_SECONDS['7d']]);
    for (const [from, to] of windows) expect(Math.floor(to / 300) - Math.ceil(from / 300) + 1).toBeLessThanOrEqual(1440);
  });

  it('asks for instances in batches of the given size, in order', () => {
    const ids = Array.from({ length: 123 }, (_, i) => `ins-${i}`);
    expect(batchesOf(ids, 50).map((batch) => batch.length)).toEqual([50, 50, 23]);
    expect(batchesOf(ids, 10).flat()).toEqual(ids);
  });
});

describe('a custom window', () => {
  const now = 1_800_000_000;
  it('reaches back as far as it starts, which decides the periods still kept', () => {
    expect(spanOf({ range: 'custom', from: now - 40 * 86_400, to: now - 39 * 86_400 }, now)).toEqual({ rangeSeconds: 86_400, end: now - 39 * 86_400, reachBack: 40 * 86_400 });
    // A day, 40 days ago: minutes and five minutes are gone (31 days), hours are kept.
    expect(periodFor(86_400, ALL, 40 * 86_400)).toBe(3600);
    expect(spanOf({ range: '6h' }, now)).toEqual({ rangeSeconds: 6 * 3600, end: undefined, reachBack: 6 * 3600 });
  });

  it('must end after it starts, not in the future, and not start before the oldest data', () => {
    expect(customProblem(now - 3600, now, now)).toBeUndefined();
    expect(customProblem(now, now - 3600, now)).toBe('order');
    expect(customProblem(now - 3600, now + 7200, now)).toBe('future');
    expect(customProblem(now - 200 * 86_400, now, now)).toBe('tooOld');
  });
});
