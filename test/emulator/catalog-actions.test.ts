import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { Image, InstanceTypeConfig } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// Regions, zones, instance types and images: the catalog a console builds its choices from.

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());

describe('DescribeRegions and DescribeZones', () => {
  it('lists at least the four seeded regions, each with zones', async () => {
    const { Response } = await signedCall(emulator.url, 'DescribeRegions', {}, { region: null });
    const regions = Response.RegionSet.map((r: { Region: string }) => r.Region);
    expect(regions).toEqual(expect.arrayContaining(['ap-guangzhou', 'ap-shanghai', 'ap-beijing', 'ap-singapore']));
    for (const region of ['ap-shanghai', 'ap-beijing', 'ap-singapore']) {
      const zones = await signedCall(emulator.url, 'DescribeZones', {}, { region });
      expect(zones.Response.ZoneSet.length).toBeGreaterThan(1);
      expect(zones.Response.ZoneSet.every((z: { Zone: string }) => z.Zone.startsWith(`${region}-`))).toBe(true);
    }
  });

  it('names zones in Chinese when X-TC-Language is zh-CN', async () => {
    const en = await signedCall(emulator.url, 'DescribeZones');
    const zh = await signedCall(emulator.url, 'DescribeZones', {}, { language: 'zh-CN' });
    expect(en.Response.ZoneSet[2]).toMatchObject({ Zone: 'ap-guangzhou-3', ZoneName: 'Guangzhou Zone 3', ZoneId: '100003', ZoneState: 'AVAILABLE' });
    expect(zh.Response.ZoneSet[2]).toMatchObject({ Zone: 'ap-guangzhou-3', ZoneName: '广州三区' });
  });
});

describe('DescribeInstanceTypeConfigs', () => {
  const configs = async (filters?: object[]) => {
    const envelope = await signedCall(emulator.url, 'DescribeInstanceTypeConfigs', filters ? { Filters: filters } : {});
    return envelope;
  };

  it('returns one entry per zone and type, with CPU and memory that match the type name', async () => {
    const { Response } = await configs();
    const set = Response.InstanceTypeConfigSet as InstanceTypeConfig[];
    expect(set.length).toBeGreaterThan(50);
    const s5 = set.find((c) => c.InstanceType === 'S5.LARGE8')!;
    expect(s5).toMatchObject({ InstanceFamily: 'S5', CPU: 4, Memory: 8, GPU: 0, FPGA: 0 });
    expect(new Set(set.map((c) => `${c.Zone}/${c.InstanceType}`)).size).toBe(set.length);
    expect(set.map((c) => c.InstanceFamily)).toEqual(expect.arrayContaining(['S5', 'SA2']));
  });

  it('ANDs zone and family filters', async () => {
    const { Response } = await configs([
      { Name: 'zone', Values: ['ap-guangzhou-3'] },
      { Name: 'instance-family', Values: ['SA2'] },
    ]);
    const set = Response.InstanceTypeConfigSet as InstanceTypeConfig[];
    expect(set.length).toBeGreaterThan(3);
    expect(set.every((c) => c.Zone === 'ap-guangzhou-3' && c.InstanceFamily === 'SA2')).toBe(true);
  });

  it("refuses more than one value per filter, another region's zone and unknown filters", async () => {
    expect(errorCode(await configs([{ Name: 'zone', Values: ['ap-guangzhou-3', 'ap-guangzhou-4'] }]))).toBe('InvalidFilterValue.LimitExceeded');
    expect(errorCode(await configs([{ Name: 'zone', Values: ['ap-shanghai-2'] }]))).toBe('InvalidZone.MismatchRegion');
    expect(errorCode(await configs([{ Name: 'cpu', Values: ['4'] }]))).toBe('InvalidFilter');
    expect(errorCode(await configs([{ Name: 'instance-type', Values: ['s5 large'] }]))).toBe('InvalidInstanceType.Malformed');
  });
});

describe('DescribeImages', () => {
  const images = (params: object) => signedCall(emulator.url, 'DescribeImages', params);

  it('pages public images and reports the total', async () => {
    const first = await images({ Limit: 5 });
    const rest = await images({ Offset: 5, Limit: 100 });
    expect(first.Response.ImageSet).toHaveLength(5);
    expect(first.Response.TotalCount).toBe(5 + rest.Response.ImageSet.length);
    const platforms = [...first.Response.ImageSet, ...rest.Response.ImageSet].map((i: Image) => i.Platform);
    expect(platforms).toEqual(expect.arrayContaining(['TencentOS', 'Ubuntu', 'CentOS', 'Windows']));
  });

  it('filters by type, platform (fuzzy) and ID, ORing values', async () => {
    const privateOnly = await images({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] });
    // The region's custom images, newest first (seed/account-images.ts).
    expect(privateOnly.Response.ImageSet.map((i: Image) => i.ImageId)).toEqual(['img-1a2b3c4d', 'img-qlzp4oea']);
    const linux = await images({ Filters: [{ Name: 'platform', Values: ['ubuntu', 'debian'] }], Limit: 100 });
    expect(linux.Response.ImageSet.length).toBeGreaterThan(1);
    expect(linux.Response.ImageSet.every((i: Image) => ['Ubuntu', 'Debian'].includes(i.Platform))).toBe(true);
    const byId = await images({ ImageIds: ['img-9qabwvbn'] });
    expect(byId.Response.ImageSet[0]).toMatchObject({ ImageId: 'img-9qabwvbn', OsName: 'CentOS 7.6 64bit', ImageType: 'PUBLIC_IMAGE', ImageState: 'NORMAL' });
  });

  it('narrows to what an instance type can boot', async () => {
    const { Response } = await images({ InstanceType: 'GN7.2XLARGE32', Limit: 100 });
    expect(Response.ImageSet.some((i: Image) => i.Platform === 'Windows' || i.Architecture !== 'x86_64')).toBe(false);
    expect(errorCode(await images({ InstanceType: 'Z9.HUGE1' }))).toBe('InvalidParameterValue.InstanceTypeNotFound');
  });

  it('answers the documented codes for bad input', async () => {
    expect(errorCode(await images({ ImageIds: ['img-9qabwvbn'], Filters: [{ Name: 'platform', Values: ['x'] }] }))).toBe('InvalidParameter.InvalidParameterCoexistImageIdsFilters');
    expect(errorCode(await images({ ImageIds: ['image-1'] }))).toBe('InvalidImageId.Malformed');
    expect(errorCode(await images({ Filters: [{ Name: 'image-type', Values: ['MINE'] }] }))).toBe('InvalidParameterValue');
  });
});

describe('instances move through their states over time', () => {
  it('settles the demo instances that are mid-transition on the emulator clock', async () => {
    const clock = new ManualClock();
    const timed = await startEmulator({ rateLimits: false, clock });
    try {
      const state = async (name: string) => (await signedCall(timed.url, 'DescribeInstances', { Filters: [{ Name: 'instance-name', Values: [name] }] })).Response.InstanceSet[0];
      expect(await state('batch-worker-2')).toMatchObject({ InstanceState: 'STOPPING', LatestOperation: 'StopInstances', LatestOperationState: 'OPERATING' });
      expect((await state('new-feature-test')).InstanceState).toBe('PENDING');
      clock.advance(21_000);
      expect(await state('batch-worker-2')).toMatchObject({ InstanceState: 'STOPPED', LatestOperationState: 'SUCCESS' });
      expect((await state('new-feature-test')).InstanceState).toBe('PENDING');
      clock.advance(10_000);
      expect((await state('new-feature-test')).InstanceState).toBe('RUNNING');
    } finally {
      await timed.close();
    }
  });
});
