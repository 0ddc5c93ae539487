import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { monitor } from '@cvm/shared';

// The official monitor client (tencentcloud-sdk-nodejs, monitor 2018-07-24), unmodified, on the emulator: CVM's
// metrics and their series, and the refusals the service documents. The limits are the SDK's of 2026-03 (50 instances,
// 7,200 points a call; before: 10 and 1,440).

for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete process.env[name];

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0 });
});
afterAll(() => emulator.close());

type Client = { [K in 'GetMonitorData' | 'DescribeBaseMetrics']: (request: object) => Promise<unknown> };

const monitorClient = async (): Promise<Client> => {
  const { Client } = await import('tencentcloud-sdk-nodejs/tencentcloud/services/monitor/v20180724/monitor_client.js');
  return new Client({
    credential: { secretId: 'AKIDEMULATOR', secretKey: 'emulator-secret' },
    region: 'ap-guangzhou',
    profile: { httpProfile: { endpoint: `127.0.0.1:${emulator.port}`, protocol: 'http://', reqTimeout: 10 } },
  }) as unknown as Client;
};

/** Running and stopped instances of the region, from the emulator's own world. */
const idsIn = (state: string) => [...emulator.world.region('ap-guangzhou')!.instances.values()].filter((r) => r.instance.InstanceState === state).map((r) => r.instance.InstanceId);

const dims = (ids: string[]) => ids.map((id) => ({ Dimensions: [{ Name: 'InstanceId', Value: id }] }));
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');
const HOUR = 3_600_000;

describe('official monitor client', () => {
  it('gets CPU for several instances: aligned timestamps, values within 0–100, the same curve on every call', async () => {
    const client = await monitorClient();
    const ids = idsIn('RUNNING').slice(0, 3);
    const request = { Namespace: 'QCE/CVM', MetricName: 'CPUUsage', Period: 60, Instances: dims(ids), StartTime: iso(Date.now() - HOUR), EndTime: iso(Date.now()) };
    const answer = (await client.GetMonitorData(request)) as monitor.MonitorData;
    expect(answer.Period).toBe(60);
    expect(answer.MetricName).toBe('CPUUsage');
    expect(answer.StartTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(answer.DataPoints.map((p) => p.Dimensions[0]!.Value)).toEqual(ids);
    for (const point of answer.DataPoints) {
      expect(point.Timestamps.length).toBeGreaterThan(30);
      expect(point.Values).toHaveLength(point.Timestamps.length);
      expect(point.Timestamps.every((t) => t % 60 === 0)).toBe(true);
      expect(point.Values.every((v) => v >= 0 && v <= 100)).toBe(true);
    }
    // Not the same curve for every instance.
    expect(new Set(answer.DataPoints.map((p) => p.Values[0])).size).toBeGreaterThan(1);
    const again = (await client.GetMonitorData(request)) as monitor.MonitorData;
    expect(again.DataPoints).toEqual(answer.DataPoints);
  });

  it('answers the statistics asked for, and memory in MB within the instance’s memory', async () => {
    const client = await monitorClient();
    const [id] = idsIn('RUNNING');
    const record = emulator.world.region('ap-guangzhou')!.instances.peek(id!)!;
    const answer = (await client.GetMonitorData({
      Namespace: 'QCE/CVM',
      MetricName: 'MemUsed',
      Period: 300,
      Instances: dims([id!]),
      StartTime: iso(Date.now() - 24 * HOUR),
      SpecifyStatistics: 7,
    })) as monitor.MonitorData;
    const [point] = answer.DataPoints;
    expect(point!.Values.every((v) => v > 0 && v <= record.instance.Memory * 1024)).toBe(true);
    expect(point!.AvgValues).toHaveLength(point!.Timestamps.length);
    point!.Timestamps.forEach((_, i) => {
      expect(point!.MaxValues![i]!).toBeGreaterThanOrEqual(point!.AvgValues![i]!);
      expect(point!.MinValues![i]!).toBeLessThanOrEqual(point!.AvgValues![i]!);
    });
  });

  it('draws no points while an instance is stopped, nor for one the region does not have', async () => {
    const client = await monitorClient();
    // Stopped long ago: not one the seed caught stopping (it ran until a moment ago).
    const region = emulator.world.region('ap-guangzhou')!;
    const stopped = idsIn('STOPPED')
      .filter((id) => region.instances.peek(id)!.instance.LatestOperation !== 'StopInstances')
      .slice(0, 5);
    expect(stopped.length).toBeGreaterThan(0);
    const answer = (await client.GetMonitorData({
      Namespace: 'QCE/CVM',
      MetricName: 'CPUUsage',
      Period: 60,
      Instances: dims([...stopped, 'ins-00000000']),
      StartTime: iso(Date.now() - HOUR),
    })) as monitor.MonitorData;
    for (const point of answer.DataPoints) expect(point.Timestamps).toEqual([]);
  });

  it('lists CVM’s metrics with units, periods and their statistics', async () => {
    const client = await monitorClient();
    const all = (await client.DescribeBaseMetrics({ Namespace: 'QCE/CVM' })) as { MetricSet: monitor.BaseMetric[] };
    const names = all.MetricSet.map((m) => m.MetricName);
    expect(names).toEqual(
      expect.arrayContaining(['CPUUsage', 'MemUsage', 'MemUsed', 'LanOuttraffic', 'LanIntraffic', 'WanOuttraffic', 'WanIntraffic', 'CvmDiskUsage', 'TcpCurrEstab']),
    );
    const cpu = ((await client.DescribeBaseMetrics({ Namespace: 'QCE/CVM', MetricName: 'CPUUsage' })) as { MetricSet: monitor.BaseMetric[] }).MetricSet;
    expect(cpu).toHaveLength(1);
    expect(cpu[0]).toMatchObject({ Unit: '%', Period: [10, 60, 300, 3600, 86400], Dimensions: [{ Dimensions: ['InstanceId'] }] });
    expect(cpu[0]!.Periods.find((p) => p.Period === '60')!.StatType).toEqual(['avg']);
    await expect(client.DescribeBaseMetrics({ Namespace: 'QCE/NOSUCH' })).rejects.toMatchObject({ code: 'UnsupportedOperation' });
  });

  it('refuses what the service refuses, with its codes', async () => {
    const client = await monitorClient();
    const [id] = idsIn('RUNNING');
    const base = { Namespace: 'QCE/CVM', MetricName: 'CPUUsage', Period: 60, Instances: dims([id!]) };
    // 51 instances: one more than a call may ask for.
    const many = Array.from({ length: 51 }, (_, i) => `ins-${String(i).padStart(8, '0')}`);
    await expect(client.GetMonitorData({ ...base, Instances: dims(many) })).rejects.toMatchObject({ code: 'LimitExceeded.LimitedAccess' });
    // 7,201 points of a minute: one more than a call returns.
    const end = Math.floor(Date.now() / 60_000) * 60_000;
    await expect(client.GetMonitorData({ ...base, StartTime: iso(end - 7200 * 60_000), EndTime: iso(end) })).rejects.toMatchObject({ code: 'InvalidParameterValue' });
    await expect(client.GetMonitorData({ ...base, StartTime: iso(end - 7199 * 60_000), EndTime: iso(end) })).resolves.toBeDefined();
    // An unknown metric, a period the metric lacks, a start older than the period's data is kept, an end before the start.
    await expect(client.GetMonitorData({ ...base, MetricName: 'CPUUsageTypo' })).rejects.toMatchObject({ code: 'InvalidParameterValue', message: /CPUUsageTypo/ });
    await expect(client.GetMonitorData({ ...base, MetricName: 'CvmDiskUsage', Period: 86400 })).rejects.toMatchObject({ code: 'InvalidParameterValue' });
    await expect(client.GetMonitorData({ ...base, Period: 3600, StartTime: iso(Date.now() - 100 * 24 * HOUR) })).rejects.toMatchObject({ code: 'InvalidParameterValue' });
    await expect(client.GetMonitorData({ ...base, StartTime: iso(Date.now()), EndTime: iso(Date.now() - HOUR) })).rejects.toMatchObject({ code: 'InvalidParameterValue' });
  });
});
