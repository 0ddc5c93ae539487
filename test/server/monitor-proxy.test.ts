import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Instance, monitor } from '@cvm/shared';
import { createUser, setupAdmin, startTestConsole, type ConsoleClient, type TestConsole } from '../support/console.ts';

// The monitor service through the console: a viewer reads an instance's CPU over real HTTP, signed for the monitor
// service by the server; the service's refusals come back with their code, and nothing of it is a change to audit.

let running: TestConsole;
let viewer: ConsoleClient;

beforeAll(async () => {
  running = await startTestConsole();
  const admin = await setupAdmin(running);
  viewer = await createUser(admin, 'vic', 'viewer');
});
afterAll(() => running.close());

describe('monitor through the console', () => {
  it('lets a viewer read CPU for a page of instances, and passes the service’s refusals on', async () => {
    const list = await viewer.call('cvm', 'DescribeInstances', { Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }], Limit: 10 });
    const ids = (list.json.InstanceSet as Instance[]).map((i) => i.InstanceId);
    expect(ids.length).toBeGreaterThan(1);
    const instances = ids.map((id) => ({ Dimensions: [{ Name: 'InstanceId', Value: id }] }));
    const answer = await viewer.call('monitor', 'GetMonitorData', { Namespace: 'QCE/CVM', MetricName: 'CPUUsage', Period: 60, Instances: instances });
    expect(answer.status).toBe(200);
    const data = answer.json as monitor.MonitorData;
    expect(data.DataPoints.map((p) => p.Dimensions[0]!.Value)).toEqual(ids);
    expect(data.DataPoints.every((p) => p.Timestamps.length > 0)).toBe(true);

    const refused = await viewer.call('monitor', 'GetMonitorData', { Namespace: 'QCE/CVM', MetricName: 'NoSuchMetric', Instances: instances });
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('InvalidParameterValue');
    expect(refused.json.requestId).toMatch(/\w/);

    const badShape = await viewer.call('monitor', 'GetMonitorData', { Namespace: 'QCE/CVM', MetricName: 'CPUUsage', Instances: [] });
    expect(badShape.status).toBe(400);
    expect(badShape.json.field).toBe('Instances');
  });
});
