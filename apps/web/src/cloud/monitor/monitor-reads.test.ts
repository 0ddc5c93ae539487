import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsoleError } from '../../api/console-error.ts';

// readSeries against a stand-in for the console's API: how it splits instances and a range into calls, puts the
// answers back together, and falls back to the earlier limit when the service refuses 50 instances.

const calls: { ids: string[]; start: string; end: string }[] = [];
let refuseAbove = Number.POSITIVE_INFINITY;

vi.mock('../../api/call-action.ts', () => ({
  callAction: async (_spec: unknown, params: { Instances: { Dimensions: { Value: string }[] }[]; StartTime: string; EndTime: string; Period: number }) => {
    const ids = params.Instances.map((i) => i.Dimensions[0]!.Value);
    calls.push({ ids, start: params.StartTime, end: params.EndTime });
    if (ids.length > refuseAbove) throw new ConsoleError({ code: 'LimitExceeded.LimitedAccess', message: 'too many instances' }, 400);
    const from = Date.parse(params.StartTime) / 1000;
    const to = Date.parse(params.EndTime) / 1000;
    const timestamps: number[] = [];
    for (let t = Math.ceil(from / params.Period) * params.Period; t <= to; t += params.Period) timestamps.push(t);
    return { DataPoints: ids.map((id) => ({ Dimensions: [{ Name: 'InstanceId', Value: id }], Timestamps: timestamps, Values: timestamps.map(() => 1) })) };
  },
}));

const { readSeries } = await import('./monitor-reads.ts');
const scope = { account: 'emulator', region: 'ap-guangzhou' };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `ins-${String(i).padStart(8, '0')}`);

beforeEach(() => {
  calls.length = 0;
});

describe('reading series', () => {
  it('asks for 100 instances in two calls of 50, and gives each its points', async () => {
    const answer = await readSeries(scope, { metric: 'CPUUsage', instanceIds: ids(100), period: 60, rangeSeconds: 3600 });
    expect(calls.map((c) => c.ids.length)).toEqual([50, 50]);
    expect(answer.series).toHaveLength(100);
    expect(answer.series.every((s) => s.timestamps.length === 61)).toBe(true);
  });

  it('reads a range longer than 1,440 points in windows, in order', async () => {
    const answer = await readSeries(scope, { metric: 'CvmDiskUsage', instanceIds: ids(1), period: 300, rangeSeconds: 7 * 86_400 });
    expect(calls).toHaveLength(2);
    const [series] = answer.series;
    expect(series!.timestamps).toHaveLength(7 * 288 + 1);
    expect(series!.timestamps.every((t, i) => i === 0 || t - series!.timestamps[i - 1]! === 300)).toBe(true);
  });

  it('asks again in calls of 10 when the service refuses 50, and keeps to 10 afterwards', async () => {
    refuseAbove = 10;
    const answer = await readSeries(scope, { metric: 'CPUUsage', instanceIds: ids(30), period: 60, rangeSeconds: 3600 });
    expect(calls.map((c) => c.ids.length)).toEqual([30, 10, 10, 10]);
    expect(answer.series.every((s) => s.timestamps.length === 61)).toBe(true);
    calls.length = 0;
    await readSeries(scope, { metric: 'CPUUsage', instanceIds: ids(25), period: 60, rangeSeconds: 3600 });
    expect(calls.map((c) => c.ids.length)).toEqual([10, 10, 5]);
  });
});
