import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, cvmClientOn } from '../support/sdk-on-emulator.ts';

// Repair tasks through the official Node SDK, unmodified: the seeded tasks DescribeTaskInfo lists (today's by default),
// and RepairTaskControl authorizing a pending one at once or booked for later, after which the repair runs and ends.
// The clock is manual and starts at a fixed Beijing morning, so "today" and every time written are known.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
const START = Date.parse('2025-06-10T10:00:00+08:00');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** `YYYY-MM-DD hh:mm:ss` in Beijing time, as the tasks write their times. */
const beijing = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');

async function start(clock: ManualClock): Promise<{ emulator: RunningEmulator; sdk: InstanceType<typeof CvmClient> }> {
  const emulator = await startEmulator({ rateLimits: false, clock });
  const sdk = cvmClientOn(emulator.port);
  return { emulator, sdk };
}

const clock = new ManualClock(START);
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;
beforeAll(async () => ({ emulator, sdk } = await start(clock)));
afterAll(() => emulator.close());

const ALL_TIME = { StartDate: '2025-01-01 00:00:00', Limit: 100, Offset: 0 };
const tasks = async (params: Record<string, unknown> = {}) => (await sdk.DescribeTaskInfo({ ...ALL_TIME, ...params })).RepairTaskInfoSet!;
const taskOf = async (alias: string) => (await tasks({ Aliases: [alias] }))[0]!;
const instanceNamed = async (name: string) => (await sdk.DescribeInstances({ Filters: [{ Name: 'instance-name', Values: [name] }] })).InstanceSet![0]!;

describe('DescribeTaskInfo', () => {
  it("lists today's tasks by default: the seeded maintenance upgrade waiting for authorization", async () => {
    const { TotalCount, RepairTaskInfoSet } = await sdk.DescribeTaskInfo({ Limit: 20, Offset: 0 });
    expect(TotalCount).toBe(1);
    const web = await instanceNamed('web-prod-01');
    expect(RepairTaskInfoSet![0]).toMatchObject({
      InstanceId: web.InstanceId,
      Alias: 'web-prod-01',
      TaskTypeId: 107,
      TaskTypeName: '实例维护升级',
      TaskStatus: 1,
      DeviceStatus: 1,
      OperateStatus: 1,
      CreateTime: beijing(START - 30 * MINUTE),
      AuthTime: beijing(START + 48 * HOUR),
      EndTime: null,
      Zone: 'ap-guangzhou-3',
      Region: 'ap-guangzhou',
      VpcId: web.VirtualPrivateCloud!.VpcId,
      VpcName: 'Default-VPC',
      SubnetId: web.VirtualPrivateCloud!.SubnetId,
      LanIp: web.PrivateIpAddresses![0],
      WanIp: web.PublicIpAddresses![0],
      Product: 'CVM',
      AuthType: 6,
      AuthSource: 'Waiting_auth',
    });
    expect(RepairTaskInfoSet![0]!.TaskId).toMatch(/^rep-[a-z0-9]{8}$/);
  });

  it('filters across regions by status, type, instance and creation window, sorts and pages', async () => {
    const all = await tasks();
    expect(all.map((t) => t.Alias)).toEqual(['kafka-1', 'batch-worker-1', 'bj-edge-01', 'mysql-replica', 'web-prod-01']);
    expect(new Set(all.map((t) => t.Region))).toEqual(new Set(['ap-guangzhou', 'ap-shanghai', 'ap-beijing']));
    expect((await tasks({ TaskStatus: [1] })).map((t) => t.Alias)).toEqual(['mysql-replica', 'web-prod-01']);
    expect((await tasks({ TaskStatus: [3], TaskTypeIds: [106] })).map((t) => t.Alias)).toEqual(['batch-worker-1']);
    expect((await tasks({ InstanceIds: [all[0]!.InstanceId!] })).map((t) => t.Alias)).toEqual(['kafka-1']);
    expect((await tasks({ OrderField: 'CreateTime', Order: 1 })).map((t) => t.Alias)).toEqual(['web-prod-01', 'mysql-replica', 'bj-edge-01', 'batch-worker-1', 'kafka-1']);
    expect((await tasks({ StartDate: beijing(START - 7 * 24 * HOUR), EndDate: beijing(START - 2 * HOUR) })).map((t) => t.Alias)).toEqual(['bj-edge-01', 'mysql-replica']);
    const page = await sdk.DescribeTaskInfo({ ...ALL_TIME, Limit: 2, Offset: 1 });
    expect(page.TotalCount).toBe(5);
    expect(page.RepairTaskInfoSet!.map((t) => t.Alias)).toEqual(['batch-worker-1', 'bj-edge-01']);
    expect((await tasks({ Product: 'CDH' })).length).toBe(0);
  });

  it('refuses unknown statuses, types, products and order fields, and times it cannot read', async () => {
    const listing = (params: Record<string, unknown>) => codeOf(sdk.DescribeTaskInfo({ ...ALL_TIME, ...params }));
    expect(await listing({ TaskStatus: [9] })).toBe('InvalidParameterValue');
    expect(await listing({ TaskTypeIds: [108] })).toBe('InvalidParameterValue');
    expect(await listing({ Product: 'ECS' })).toBe('InvalidParameterValue');
    expect(await listing({ OrderField: 'TaskId' })).toBe('InvalidParameterValue');
    expect(await listing({ Order: 2 })).toBe('InvalidParameterValue');
    expect(await listing({ StartDate: '2025-06-10T00:00:00Z' })).toBe('InvalidParameterValue');
    expect(await listing({ StartDate: '2025-02-30 00:00:00' })).toBe('InvalidParameterValue');
    expect(await listing({ StartDate: '2025-06-10 00:00:00', EndDate: '2025-06-01 00:00:00' })).toBe('InvalidParameterValue');
    expect(await listing({ Limit: 101 })).toBe('InvalidParameterValue.LimitExceeded');
  });
});

describe('RepairTaskControl', () => {
  it('authorizes a pending task at once: processing now, ended when the repair is done', async () => {
    const pending = await taskOf('web-prod-01');
    const { TaskId } = await sdk.RepairTaskControl({ Product: 'CVM', InstanceIds: [pending.InstanceId!], TaskId: pending.TaskId!, Operate: 'AuthorizeRepair' });
    expect(TaskId).toBe(pending.TaskId);
    expect(await taskOf('web-prod-01')).toMatchObject({
      TaskStatus: 2,
      DeviceStatus: 2,
      OperateStatus: 2,
      AuthTime: beijing(clock.now()),
      AuthSource: 'Customer_auth',
      EndTime: null,
    });
    // Only a pending task can be authorized.
    expect(await codeOf(sdk.RepairTaskControl({ Product: 'CVM', InstanceIds: [pending.InstanceId!], TaskId: pending.TaskId!, Operate: 'AuthorizeRepair' }))).toBe(
      'InvalidParameter',
    );
    const authorizedAt = clock.now();
    clock.advance(31_000);
    expect(await taskOf('web-prod-01')).toMatchObject({
      TaskStatus: 3,
      DeviceStatus: 3,
      OperateStatus: 3,
      AuthTime: beijing(authorizedAt),
      EndTime: beijing(authorizedAt + 30_000),
    });
  });

  it('books a pending task for a time before the planned one; the repair begins then', async () => {
    const pending = await taskOf('mysql-replica');
    const control = (params: Record<string, unknown>) =>
      codeOf(sdk.RepairTaskControl({ Product: 'CVM', InstanceIds: [pending.InstanceId!], TaskId: pending.TaskId!, Operate: 'AuthorizeRepair', ...params }));
    expect(await control({ OrderAuthTime: beijing(clock.now() + 2 * MINUTE) })).toBe('InvalidParameter');
    expect(await control({ OrderAuthTime: beijing(clock.now() + 49 * HOUR) })).toBe('InvalidParameter');
    // Planned 46 hours after the seed: a booking at 47 hours is after it.
    expect(await control({ OrderAuthTime: beijing(START + 47 * HOUR) })).toBe('InvalidParameter');
    expect(await control({ OrderAuthTime: 'tomorrow' })).toBe('InvalidParameter');

    const booked = clock.now() + HOUR;
    expect(await control({ OrderAuthTime: beijing(booked) })).toBeUndefined();
    expect(await taskOf('mysql-replica')).toMatchObject({ TaskStatus: 4, OperateStatus: 4, AuthTime: beijing(booked), AuthSource: 'Customer_auth' });
    clock.advance(HOUR);
    expect(await taskOf('mysql-replica')).toMatchObject({ TaskStatus: 2, AuthTime: beijing(booked) });
    clock.advance(30_000);
    expect(await taskOf('mysql-replica')).toMatchObject({ TaskStatus: 3, EndTime: beijing(booked + 30_000) });
  });

  it('refuses another operation or product, an unknown task, and instances the task is not about', async () => {
    const ended = await taskOf('batch-worker-1');
    const other = await instanceNamed('web-prod-02');
    const control = (params: Record<string, unknown>) =>
      codeOf(sdk.RepairTaskControl({ Product: 'CVM', InstanceIds: [ended.InstanceId!], TaskId: ended.TaskId!, Operate: 'AuthorizeRepair', ...params }));
    expect(await control({ Operate: 'CancelRepair' })).toBe('InvalidParameter');
    expect(await control({ Product: 'CDH' })).toBe('InvalidParameter');
    expect(await control({ TaskId: 'rep-zzzzzzzz' })).toBe('InvalidParameter');
    expect(await control({ InstanceIds: [other.InstanceId!] })).toBe('InvalidParameter');
    expect(await control({})).toBe('InvalidParameter');
  });
});

describe("the cloud's own authorization", () => {
  it('begins a task nobody authorized at its planned time (System_mandatory_auth)', async () => {
    const ownClock = new ManualClock(START);
    const own = await start(ownClock);
    try {
      const list = async () => (await own.sdk.DescribeTaskInfo({ ...ALL_TIME, TaskTypeIds: [101] })).RepairTaskInfoSet![0]!;
      expect(await list()).toMatchObject({ Alias: 'mysql-replica', TaskStatus: 1, AuthTime: beijing(START + 46 * HOUR), AuthSource: 'Waiting_auth' });
      ownClock.advance(46 * HOUR);
      expect(await list()).toMatchObject({ TaskStatus: 2, AuthTime: beijing(START + 46 * HOUR), AuthSource: 'System_mandatory_auth' });
      ownClock.advance(30_000);
      expect(await list()).toMatchObject({ TaskStatus: 3, EndTime: beijing(START + 46 * HOUR + 30_000) });
    } finally {
      await own.emulator.close();
    }
  });
});
