import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { HaiApplication, HaiInstance } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// HAI (hai 2023-08-12): the application catalogue, RunInstances with every code of seed 002 the emulator can reach,
// the price inquiry, and start / stop / terminate moving instances over the emulator's clock.

let emulator: RunningEmulator;
const clock = new ManualClock();

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
});
afterAll(() => emulator.close());

const call = (action: string, params: object = {}, options: { region?: string; language?: 'zh-CN' | 'en-US' } = {}) =>
  signedCall(emulator.url, action, params, { service: 'hai', version: '2023-08-12', region: options.region ?? 'ap-guangzhou', language: options.language });
const instances = async (params: object = {}, region?: string) => (await call('DescribeInstances', { Limit: 100, ...params }, { region })).Response.InstanceSet as HaiInstance[];
const byId = async (id: string) => (await instances({ InstanceIds: [id] }))[0];
const byName = async (name: string) => (await instances()).find((i) => i.InstanceName === name);
const buy = { ApplicationId: 'app-jknfna', BundleType: 'XL', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 100 } };

describe('the application catalogue', () => {
  it('lists public applications, newest first, each with its minimum system disk', async () => {
    const { Response } = await call('DescribeApplications');
    const apps = Response.ApplicationSet as HaiApplication[];
    expect(Response.TotalCount).toBe(6);
    expect(apps.map((a) => a.ApplicationName)).toEqual(expect.arrayContaining(['StableDiffusionWebUI', 'ComfyUI', 'ChatGLM3-6B', 'PyTorch 2.1']));
    expect(apps.every((a) => a.ApplicationType === 'PUBLIC_APPLICATION' && a.ApplicationState === 'ONLINE' && a.MinSystemDiskSize >= 80)).toBe(true);
    expect(apps.map((a) => a.CreateTime)).toEqual([...apps.map((a) => a.CreateTime)].sort().reverse());
    expect(apps.find((a) => a.ApplicationId === 'app-dsr1q32b')).toMatchObject({ MinSystemDiskSize: 200 });
  });

  it('filters by name (any case), scene and type, sorts by size and pages', async () => {
    const named = await call('DescribeApplications', { Filters: [{ Name: 'application-name', Values: ['comfy'] }] });
    expect(named.Response.ApplicationSet.map((a: HaiApplication) => a.ApplicationId)).toEqual(['app-c0mfyu1a']);
    const painting = await call('DescribeApplications', { Filters: [{ Name: 'scene-id', Values: ['scene-aipaint1'] }] });
    expect(painting.Response.TotalCount).toBe(2);
    const bySize = await call('DescribeApplications', { OrderField: 'APPLICATION_SIZE', Order: 'ASC', Limit: 2, Offset: 1 });
    expect(bySize.Response.ApplicationSet.map((a: HaiApplication) => a.ApplicationSize)).toEqual([25, 45]);
    expect(bySize.Response.TotalCount).toBe(6);
    const scenes = await call('DescribeScenes', {}, { language: 'zh-CN' });
    expect(scenes.Response.SceneSet).toContainEqual({ SceneId: 'scene-aipaint1', SceneName: 'AI作画' });
  });

  it('answers the documented codes for bad queries', async () => {
    expect(errorCode(await call('DescribeApplications', { ApplicationIds: ['app-jknfna'], Filters: [{ Name: 'application-name', Values: ['x'] }] }))).toBe(
      'InvalidParameter.AtMostOne',
    );
    expect(errorCode(await call('DescribeApplications', { ApplicationIds: ['jknfna'] }))).toBe('InvalidParameterValue.InvalidApplicationIdMalformed');
    expect(errorCode(await call('DescribeApplications', { ApplicationIds: ['app-jknfna', 'app-jknfna'] }))).toBe('InvalidParameterValue.Duplicated');
    expect(errorCode(await call('DescribeApplications', { Filters: [{ Name: 'application-type', Values: ['MINE'] }] }))).toBe('InvalidParameterValue.InvalidApplicationType');
    expect(errorCode(await call('DescribeApplications', { OrderField: 'NAME' }))).toBe('InvalidParameterValue.InvalidOrderField');
    expect(errorCode(await call('DescribeApplications', { Order: 'UP' }))).toBe('InvalidParameterValue.InvalidOrder');
    expect(errorCode(await call('DescribeScenes', { SceneIds: ['paint'] }))).toBe('InvalidParameterValue.InvalidSceneIdMalformed');
  });

  it('lists its regions without a Region', async () => {
    const { Response } = await signedCall(emulator.url, 'DescribeRegions', {}, { service: 'hai', version: '2023-08-12', region: null });
    expect(Response.RegionSet).toContainEqual({
      Region: 'ap-guangzhou',
      RegionName: 'South China (Guangzhou)',
      RegionState: 'AVAILABLE',
      ScholarRocketSupportState: 'ALREADY_SUPPORT',
    });
  });
});

describe('RunInstances refusals (seed 002)', () => {
  const refused = async (params: object, region?: string) => errorCode(await call('RunInstances', { ...buy, ...params }, { region }));

  it('checks the application ID, then that the application exists', async () => {
    expect(await refused({ ApplicationId: 'jknfna' })).toBe('InvalidParameterValue.InvalidApplicationIdMalformed');
    expect(await refused({ ApplicationId: 'app-JKNFNA' })).toBe('InvalidParameterValue.InvalidApplicationIdMalformed');
    expect(await refused({ ApplicationId: 'app-zzzzzzzz' })).toBe('InvalidParameterValue.ApplicationIdNotFound');
  });

  it("knows only the documented bundle types (the seed example's S among them not)", async () => {
    expect(await refused({ BundleType: 'S' })).toBe('InvalidParameterValue.BundleTypeNotFound');
    expect(await refused({ BundleType: 'xl' })).toBe('InvalidParameterValue.BundleTypeNotFound');
  });

  it('buys 1 to 10 instances a request', async () => {
    expect(await refused({ InstanceCount: 0 })).toBe('InvalidParameterValue.InvalidInstanceCount');
    expect(await refused({ InstanceCount: 11 })).toBe('InvalidParameterValue.InvalidInstanceCount');
    expect(await refused({ InstanceCount: 10, DryRun: true })).toBe('DryRunOperation');
  });

  it('takes names up to 128 characters, counted as people count them', async () => {
    expect(await refused({ InstanceName: 'n'.repeat(129) })).toBe('InvalidParameterValue.InstanceNameTooLong');
    expect(await refused({ InstanceName: '名'.repeat(128), DryRun: true })).toBe('DryRunOperation');
  });

  it("needs a system disk of at least the application's minimum, and at most 1000 GB", async () => {
    expect(await refused({ ApplicationId: 'app-dsr1q32b', SystemDisk: { DiskSize: 150 } })).toBe('InvalidParameterValue.DiskSizeMustLargerThanApplicationMinRequiredSize');
    expect(await refused({ ApplicationId: 'app-dsr1q32b', SystemDisk: { DiskSize: 200 }, DryRun: true })).toBe('DryRunOperation');
    expect(await refused({ SystemDisk: { DiskSize: 1001 } })).toBe('InvalidParameterValue');
    expect(await refused({ SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 100 } })).toBe('InvalidParameterValue');
  });

  it('refuses a bundle sold out in the region, and sells it where it is in stock', async () => {
    expect(await refused({ BundleType: '3XL_2X' })).toBe('ResourceInsufficient.BundleInventoryShortage');
    expect(await refused({ BundleType: '3XL_2X', DryRun: true }, 'ap-shanghai')).toBe('DryRunOperation');
  });

  it("has no network or charge-type parameters: the seed's VPC and charge codes cannot be met here", async () => {
    expect(await refused({ VpcId: 'vpc-12345678' })).toBe('UnknownParameter');
    expect(await refused({ InstanceChargeType: 'PREPAID_BY_MONTH' })).toBe('UnknownParameter');
  });

  it('answers DryRunOperation after every check and creates nothing', async () => {
    const before = (await instances()).length;
    expect(await refused({ DryRun: true, ClientToken: 'hai-dry-run-token' })).toBe('DryRunOperation');
    expect(await instances()).toHaveLength(before);
    // The DryRun did not use up its token: the real purchase with it creates an instance.
    const bought = await call('RunInstances', { ...buy, ClientToken: 'hai-dry-run-token' });
    expect(bought.Response.InstanceIdSet).toHaveLength(1);
  });
});

describe('RunInstances and the instance lifecycle over time', () => {
  it('creates PENDING instances that turn RUNNING with a public IP, and a repeated ClientToken buys nothing more', async () => {
    const request = { ...buy, InstanceCount: 2, InstanceName: 'painter', ClientToken: 'hai-0-109261e6-c992-4d68-8b91-a70fac0da7b4' };
    const first = await call('RunInstances', request);
    const ids = first.Response.InstanceIdSet as string[];
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => /^hai-[a-z0-9]{8}$/.test(id))).toBe(true);
    const count = (await instances()).length;
    const again = await call('RunInstances', { ...request, InstanceCount: 5 });
    expect(again.Response.InstanceIdSet).toEqual(ids);
    expect(await instances()).toHaveLength(count);

    const pending = (await byId(ids[0]!))!;
    expect(pending).toMatchObject({
      InstanceName: 'painter',
      InstanceState: 'PENDING',
      LatestOperation: 'RunInstances',
      LatestOperationState: 'OPERATING',
      ApplicationName: 'StableDiffusionWebUI',
      BundleName: 'GPU Basic',
      GPUCount: 1,
      CPU: '8',
      Memory: '32',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 100 },
      PublicIpAddresses: [],
      MaxOutBandwidth: '10',
      OSType: 'linux',
    });
    expect(pending.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(pending.PrivateIpAddresses[0]).toMatch(/^10\.\d+\.\d+\.\d+$/);
    expect(pending.SecurityGroupIds[0]).toMatch(/^sg-[a-z0-9]{8}$/);
    clock.advance(7_000);
    expect((await byId(ids[0]!))!.InstanceState).toBe('PENDING');
    clock.advance(5_100);
    const running = (await byId(ids[0]!))!;
    expect(running).toMatchObject({ InstanceState: 'RUNNING', LatestOperationState: 'SUCCESS' });
    expect(running.PublicIpAddresses).toHaveLength(1);
    expect((await byId(ids[1]!))!.InstanceState).toBe('RUNNING');
  });

  it('stops through STOPPING to STOPPED_NO_CHARGE, starts through STARTING, and terminates through TERMINATING', async () => {
    const [id] = (await call('RunInstances', { ...buy, InstanceName: 'cycle' })).Response.InstanceIdSet as string[];
    expect(errorCode(await call('StopInstance', { InstanceId: id }))).toBe('UnsupportedOperation.InstanceStatePending');
    expect(errorCode(await call('StartInstance', { InstanceId: id }))).toBe('UnsupportedOperation.InstanceStatePending');
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [id] }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(12_100);
    expect(errorCode(await call('StartInstance', { InstanceId: id }))).toBe('UnsupportedOperation.InstanceStateRunning');

    expect(errorCode(await call('StopInstance', { InstanceId: id, DryRun: true }))).toBe('DryRunOperation');
    expect((await byId(id!))!.InstanceState).toBe('RUNNING');
    const stop = await call('StopInstance', { InstanceId: id, StopMode: 'STOP_CHARGE' });
    expect(stop.Response.TaskId).toEqual(expect.any(Number));
    expect(await byId(id!)).toMatchObject({ InstanceState: 'STOPPING', LatestOperation: 'StopInstance', LatestOperationState: 'OPERATING' });
    expect(errorCode(await call('StopInstance', { InstanceId: id }))).toBe('FailedOperation.OperateInstanceRepeatedly');
    expect(errorCode(await call('StartInstance', { InstanceId: id }))).toBe('OperationDenied.InstanceOperationInProgress');
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [id] }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(5_000);
    expect(await byId(id!)).toMatchObject({ InstanceState: 'STOPPED_NO_CHARGE', LatestOperationState: 'SUCCESS' });
    expect(errorCode(await call('StopInstance', { InstanceId: id }))).toBe('UnsupportedOperation.InstanceStateStoppedNoCharge');

    const start = await call('StartInstance', { InstanceId: id });
    expect(start.Response.TaskId).toBeGreaterThan(stop.Response.TaskId);
    expect(await byId(id!)).toMatchObject({ InstanceState: 'STARTING', LatestOperation: 'StartInstance', LatestOperationState: 'OPERATING' });
    expect(errorCode(await call('StartInstance', { InstanceId: id }))).toBe('FailedOperation.OperateInstanceRepeatedly');
    expect(errorCode(await call('StopInstance', { InstanceId: id }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(5_000);
    expect((await byId(id!))!.InstanceState).toBe('RUNNING');

    expect(errorCode(await call('TerminateInstances', { InstanceIds: [id], DryRun: true }))).toBe('DryRunOperation');
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [id] }))).toBeUndefined();
    expect(await byId(id!)).toMatchObject({ InstanceState: 'TERMINATING', LatestOperation: 'TerminateInstances' });
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [id] }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(3_000);
    expect(await byId(id!)).toBeUndefined();
    expect(errorCode(await call('StartInstance', { InstanceId: id }))).toBe('InvalidParameterValue.InstanceIdNotFound');
  });

  it('settles the demo instance caught launching', async () => {
    const demoClock = new ManualClock();
    const timed = await startEmulator({ rateLimits: false, clock: demoClock });
    try {
      const launching = async () =>
        (await signedCall(timed.url, 'DescribeInstances', {}, { service: 'hai', version: '2023-08-12' })).Response.InstanceSet.find(
          (i: HaiInstance) => i.InstanceName === 'comfy-launching',
        );
      expect(await launching()).toMatchObject({ InstanceState: 'PENDING', LatestOperation: 'RunInstances', LatestOperationState: 'OPERATING' });
      demoClock.advance(24_000);
      expect((await launching()).InstanceState).toBe('PENDING');
      demoClock.advance(1_000);
      expect((await launching()).InstanceState).toBe('RUNNING');
      expect((await launching()).PublicIpAddresses).toHaveLength(1);
    } finally {
      await timed.close();
    }
  });

  it("refuses the demo instances' settled states with their own codes", async () => {
    const arrears = (await byName('comfy-overdue'))!;
    const failed = (await byName('deepseek-failed'))!;
    expect(errorCode(await call('StartInstance', { InstanceId: arrears.InstanceId }))).toBe('UnsupportedOperation.InstanceStateArrears');
    expect(errorCode(await call('StopInstance', { InstanceId: arrears.InstanceId }))).toBe('UnsupportedOperation.InstanceStateArrears');
    expect(errorCode(await call('StopInstance', { InstanceId: failed.InstanceId }))).toBe('UnsupportedOperation.InstanceStateLaunchFailed');
    expect(failed).toMatchObject({ LatestOperation: 'RunInstances', LatestOperationState: 'FAILED' });
  });

  it('cannot start an instance whose bundle has sold out since it stopped', async () => {
    const stranded = (await byName('chatglm-team'))!;
    expect(stranded).toMatchObject({ InstanceState: 'STOPPED_NO_CHARGE' });
    expect(errorCode(await call('StartInstance', { InstanceId: stranded.InstanceId }))).toBe('ResourceInsufficient.BundleInventoryShortage');
    expect((await byName('chatglm-team'))!.InstanceState).toBe('STOPPED_NO_CHARGE');
  });

  it('terminates a batch all or nothing, naming unknown, malformed and repeated IDs', async () => {
    const notebook = (await byName('pytorch-notebook'))!;
    const failed = (await byName('deepseek-failed'))!;
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [notebook.InstanceId, 'hai-zzzzzzzz'] }))).toBe('InvalidParameterValue.InstanceIdNotFound');
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [notebook.InstanceId, 'ins-12345678'] }))).toBe('InvalidParameterValue.InvalidInstanceIdMalformed');
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [notebook.InstanceId, notebook.InstanceId] }))).toBe('InvalidParameterValue.Duplicated');
    const [launching] = (await call('RunInstances', buy)).Response.InstanceIdSet as string[];
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [notebook.InstanceId, launching] }))).toBe('OperationDenied.InstanceOperationInProgress');
    expect((await byName('pytorch-notebook'))!.InstanceState).toBe('STOPPED_NO_CHARGE');
    expect(errorCode(await call('TerminateInstances', { InstanceIds: [notebook.InstanceId, failed.InstanceId] }))).toBeUndefined();
    expect((await byName('pytorch-notebook'))!.InstanceState).toBe('TERMINATING');
    clock.advance(3_000);
    expect(await byName('pytorch-notebook')).toBeUndefined();
    expect(await byName('deepseek-failed')).toBeUndefined();
  });
});

describe('DescribeInstances', () => {
  it("filters by state and public IP, pages newest first, and names bundles in the caller's language", async () => {
    const running = await instances({ Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }] });
    expect(running.length).toBeGreaterThan(1);
    expect(running.every((i) => i.InstanceState === 'RUNNING')).toBe(true);
    const ip = running[0]!.PublicIpAddresses[0]!;
    expect((await instances({ Filters: [{ Name: 'public-ip-address', Values: [ip] }] })).map((i) => i.InstanceId)).toEqual([running[0]!.InstanceId]);
    const all = await instances();
    const page = await call('DescribeInstances', { Offset: 1, Limit: 2 });
    expect(page.Response.TotalCount).toBe(all.length);
    expect(page.Response.InstanceSet.map((i: HaiInstance) => i.InstanceId)).toEqual(all.slice(1, 3).map((i) => i.InstanceId));
    const zh = await call('DescribeInstances', { InstanceIds: [all.find((i) => i.InstanceName === 'sd-webui-demo')!.InstanceId] }, { language: 'zh-CN' });
    expect(zh.Response.InstanceSet[0].BundleName).toBe('GPU基础型');
    expect(await instances({}, 'ap-beijing')).toEqual([]);
  });

  it('answers the documented codes for bad queries', async () => {
    expect(errorCode(await call('DescribeInstances', { InstanceIds: ['hai-12345678'], Filters: [{ Name: 'instance-state', Values: ['RUNNING'] }] }))).toBe(
      'InvalidParameter.AtMostOne',
    );
    expect(errorCode(await call('DescribeInstances', { InstanceIds: ['hai-1'] }))).toBe('InvalidParameterValue.InvalidInstanceIdMalformed');
    expect(errorCode(await call('DescribeInstances', { InstanceIds: ['hai-12345678', 'hai-12345678'] }))).toBe('InvalidParameterValue.Duplicated');
    expect(errorCode(await call('DescribeInstances', { Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] }))).toBe('InvalidParameterValue');
  });
});

describe('InquirePriceRunInstances', () => {
  const quote = (params: object = {}, region?: string) => call('InquirePriceRunInstances', { ...buy, ...params }, { region });

  it('prices the bundle by the hour and the disk per GB, for every instance', async () => {
    const { Response } = await quote({ InstanceCount: 3 });
    const { InstancePrice, CloudDiskPrice, PriceDetailSet } = Response.Price;
    expect(InstancePrice).toMatchObject({ UnitPrice: 1.2, DiscountUnitPrice: 1.2, Discount: 100, ChargeUnit: 'HOUR', Amount: 3, OriginPrice: 3.6, DiscountPrice: 3.6 });
    // 100 GB of CLOUD_PREMIUM at 0.35 per GB-month, by the hour.
    expect(CloudDiskPrice).toMatchObject({ UnitPrice: 0.0486, ChargeUnit: 'HOUR', Amount: 3, DiscountPrice: 0.15 });
    expect(PriceDetailSet).toHaveLength(3);
    expect(PriceDetailSet[0].InstanceTotalPrice).toMatchObject({ UnitPrice: 1.2486, DiscountPrice: 1.25, Amount: 1 });
    const bigger = await quote({ SystemDisk: { DiskType: 'CLOUD_HSSD', DiskSize: 200 } });
    expect(bigger.Response.Price.CloudDiskPrice.UnitPrice).toBeGreaterThan(CloudDiskPrice.UnitPrice * 2);
    const singapore = await quote({}, 'ap-singapore');
    expect(singapore.Response.Price.InstancePrice.UnitPrice).toBeGreaterThan(1.2);
  });

  it('quotes days and months at a discount, and refuses charge types and time units that do not go together', async () => {
    const month = await quote({ InstanceChargeType: 'PREPAID_BY_MONTH', InstanceChargePrepaid: { Period: 2, TimeUnit: 'MONTH' } });
    expect(month.Response.Price.InstancePrice).toMatchObject({ ChargeUnit: 'MONTH', UnitPrice: 864, Discount: 60, Amount: 2, OriginPrice: 1728, DiscountPrice: 1036.8 });
    const day = await quote({ InstanceChargeType: 'PREPAID_BY_DAY' });
    expect(day.Response.Price.InstancePrice).toMatchObject({ ChargeUnit: 'DAY', UnitPrice: 28.8, Discount: 90 });
    expect(errorCode(await quote({ InstanceChargeType: 'PREPAID' }))).toBe('InvalidParameterValue.InvalidChargeType');
    expect(errorCode(await quote({ InstanceChargeType: 'PREPAID_BY_MONTH', InstanceChargePrepaid: { TimeUnit: 'DAY' } }))).toBe(
      'InvalidParameterValue.InvalidChargeTypeAndTimeUnit',
    );
    expect(errorCode(await quote({ InstanceChargePrepaid: { TimeUnit: 'MONTH' } }))).toBe('InvalidParameterValue.InvalidChargeTypeAndTimeUnit');
    expect(errorCode(await quote({ InstanceChargeType: 'PREPAID_BY_MONTH', InstanceChargePrepaid: { Period: 37 } }))).toBe('InvalidParameterValue');
  });

  it("runs RunInstances' checks, stock included, and answers no Price for a DryRun", async () => {
    expect(errorCode(await quote({ BundleType: '3XL_2X' }))).toBe('ResourceInsufficient.BundleInventoryShortage');
    expect(errorCode(await quote({ InstanceCount: 11 }))).toBe('InvalidParameterValue.InvalidInstanceCount');
    expect(errorCode(await quote({ ApplicationId: 'app-c0mfyu1a', SystemDisk: { DiskSize: 80 } }))).toBe('InvalidParameterValue.DiskSizeMustLargerThanApplicationMinRequiredSize');
    const dry = await quote({ DryRun: true });
    expect(errorCode(dry)).toBeUndefined();
    expect(dry.Response.Price).toBeNull();
  });
});

describe('HAI rate limits', () => {
  it('answers callers past the documented 20/s with RequestLimitExceeded', async () => {
    const limited = await startEmulator({ rateLimits: { nowMs: () => Date.parse('2026-01-01T00:00:00.500Z') } });
    try {
      const codes = await Promise.all(
        Array.from({ length: 22 }, () => signedCall(limited.url, 'DescribeInstances', {}, { service: 'hai', version: '2023-08-12' }).then(errorCode)),
      );
      expect(codes.filter((code) => code === 'RequestLimitExceeded')).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});
