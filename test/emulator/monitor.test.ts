import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { monitor } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// The monitor service's series are true to what the instance went through, on the emulator's clock: no points before
// it was bought, a gap while it was stopped, a jump when it came back with more cores; and plausible: memory steadier
// than CPU, the day's rhythm in the minutes and none in the day's points.

let emulator: RunningEmulator;
const clock = new ManualClock();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

// Signed with real time (the emulator checks signatures against it), while its world runs on the moved clock.
const call = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const metricCall = (params: object) => signedCall(emulator.url, 'GetMonitorData', params, { region: 'ap-guangzhou', service: 'monitor', version: '2018-07-24' });

async function series(id: string, metric: string, period: number, fromMs: number, toMs = clock.now()): Promise<monitor.MonitorDataPoint> {
  const answer = await metricCall({
    Namespace: 'QCE/CVM',
    MetricName: metric,
    Period: period,
    Instances: [{ Dimensions: [{ Name: 'InstanceId', Value: id }] }],
    StartTime: new Date(fromMs).toISOString(),
    EndTime: new Date(toMs).toISOString(),
  });
  expect(errorCode(answer)).toBeUndefined();
  return (answer.Response as unknown as monitor.MonitorData).DataPoints[0]!;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const deviation = (values: number[]) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));

describe('monitoring follows the instance', () => {
  it('has no points before it was bought, a gap while it was stopped, and a jump down after more cores', async () => {
    const boughtAt = clock.now();
    const run = await call('RunInstances', {
      Placement: { Zone: 'ap-guangzhou-4' },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    });
    const [id] = run.Response.InstanceIdSet as string[];
    clock.advance(2 * HOUR);
    const before = await series(id!, 'CPUUsage', 60, boughtAt - HOUR);
    expect(before.Timestamps.length).toBeGreaterThan(100);
    // No minute that ended before it was bought (a point's timestamp is the start of its minute).
    expect(before.Timestamps[0]! + 60).toBeGreaterThan(boughtAt / 1000);

    const stopAt = clock.now();
    expect(errorCode(await call('StopInstances', { InstanceIds: [id] }))).toBeUndefined();
    clock.advance(MINUTE);
    // Four times the cores while stopped: the same work is a quarter of them.
    expect(errorCode(await call('ResetInstancesType', { InstanceIds: [id], InstanceType: 'S5.2XLARGE16' }))).toBeUndefined();
    clock.advance(3 * HOUR);
    expect(errorCode(await call('StartInstances', { InstanceIds: [id] }))).toBeUndefined();
    clock.advance(2 * HOUR);

    const whole = await series(id!, 'CPUUsage', 60, boughtAt);
    const stoppedFrom = Math.floor(stopAt / 1000) + 60;
    const stoppedTo = Math.floor((stopAt + 3 * HOUR) / 1000);
    expect(whole.Timestamps.filter((t) => t > stoppedFrom && t < stoppedTo)).toEqual([]);
    const earlier = whole.Values.filter((_, i) => whole.Timestamps[i]! < stoppedFrom);
    const later = whole.Values.filter((_, i) => whole.Timestamps[i]! > stoppedTo);
    expect(earlier.length).toBeGreaterThan(100);
    expect(later.length).toBeGreaterThan(100);
    expect(mean(later)).toBeLessThan(mean(earlier) * 0.5);
  });

  it('keeps memory steadier than CPU, and the day’s rhythm in hours but not in days', async () => {
    const running = [...emulator.world.region('ap-guangzhou')!.instances.values()].filter(
      (r) => r.instance.InstanceState === 'RUNNING' && clock.now() - r.createdAt > 30 * 24 * HOUR,
    );
    const id = running[0]!.instance.InstanceId;
    const from = clock.now() - 6 * 24 * HOUR;
    const cpu = await series(id, 'CPUUsage', 300, from);
    const memory = await series(id, 'MemUsage', 300, from);
    expect(deviation(memory.Values)).toBeLessThan(deviation(cpu.Values));
    const hourly = await series(id, 'CPUUsage', 3600, from);
    const daily = await series(id, 'CPUUsage', 86400, clock.now() - 20 * 24 * HOUR);
    expect(daily.Timestamps.every((t) => t % 86400 === 0)).toBe(true);
    expect(deviation(daily.Values)).toBeLessThan(deviation(hourly.Values));
  });
});
