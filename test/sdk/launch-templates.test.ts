import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, cvmClientOn } from '../support/sdk-on-emulator.ts';

// Launch templates through the official Node SDK, unmodified (reference 31644–34100, shared/seeds/001_*.txt): a
// template made from a purchase's parameters, versions based on others, the default moved, versions and templates
// deleted, and instances bought and priced from a template with RunInstances' and InquiryPriceRunInstances'
// LaunchTemplate, the request's own parameters over the version's. Each success beside its main refusal.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
type Sdk = InstanceType<typeof CvmClient>;
const clock = new ManualClock();
let emulator: RunningEmulator;
let sdk: Sdk;
let subnet: { VpcId: string; SubnetId: string };
let securityGroupId: string;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  sdk = cvmClientOn(emulator.port);
  const network = emulator.world.region('ap-guangzhou')!.network;
  const info = network.subnets.find((s) => s.info.Zone === 'ap-guangzhou-3' && s.info.IsDefault)!.info;
  subnet = { VpcId: info.VpcId, SubnetId: info.SubnetId };
  securityGroupId = network.securityGroups[0]!.SecurityGroupId;
});
afterAll(() => emulator.close());

/** A purchase as the console's wizard sends one: where, what, disks, network, bandwidth, a name and a tag. */
const configuration = () => ({
  Placement: { Zone: 'ap-guangzhou-3' },
  ImageId: 'img-eb30mz89',
  InstanceType: 'S5.MEDIUM4',
  SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 60 },
  DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100, DeleteWithInstance: true }],
  VirtualPrivateCloud: subnet,
  SecurityGroupIds: [securityGroupId],
  InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
  InstanceName: 'from-template',
  TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'made-by', Value: 'template' }] }],
});

let made = 0;
/** A new template of the configuration (with what `extra` adds), named uniquely. */
async function newTemplate(extra: object = {}): Promise<string> {
  const { LaunchTemplateId } = await sdk.CreateLaunchTemplate({ LaunchTemplateName: `sdk-template-${++made}`, ...configuration(), ...extra });
  return LaunchTemplateId!;
}

/**
 * InquiryPriceRunInstances through the SDK with a LaunchTemplate in place of Placement and ImageId: the SDK's type marks
 * those required, the reference "如果您不指定LaunchTemplate参数，则Placement为必选参数" (11990), and so for ImageId (12016).
 */
const priced = (params: object) => sdk.InquiryPriceRunInstances(params as Parameters<Sdk['InquiryPriceRunInstances']>[0]);

const versions = async (id: string, more: object = {}) => (await sdk.DescribeLaunchTemplateVersions({ LaunchTemplateId: id, ...more })).LaunchTemplateVersionSet!;
const info = async (id: string) => (await sdk.DescribeLaunchTemplates({ LaunchTemplateIds: [id] })).LaunchTemplateSet![0];

describe('CreateLaunchTemplate (31918)', () => {
  it('keeps a purchase as version 1, the default, and answers every field of it', async () => {
    const { LaunchTemplateId, RequestId } = await sdk.CreateLaunchTemplate({
      LaunchTemplateName: 'web server',
      LaunchTemplateVersionDescription: 'first cut',
      LaunchTemplateTagSpecification: [{ ResourceType: 'launch-template', Tags: [{ Key: 'team', Value: 'web' }] }],
      ...configuration(),
      LoginSettings: { Password: 'Qcloud@TestApi123++' },
    });
    expect(RequestId).toBeTruthy();
    expect(LaunchTemplateId).toMatch(/^lt-[a-z0-9]{8}$/);
    expect(await info(LaunchTemplateId!)).toEqual({
      LaunchTemplateId,
      LaunchTemplateName: 'web server',
      LatestVersionNumber: 1,
      DefaultVersionNumber: 1,
      LaunchTemplateVersionCount: 1,
      CreatedBy: emulator.world.account.uin,
      CreationTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    const [version] = await versions(LaunchTemplateId!);
    expect(version).toMatchObject({ LaunchTemplateVersion: 1, IsDefaultVersion: true, LaunchTemplateVersionDescription: 'first cut', LaunchTemplateId });
    expect(version!.LaunchTemplateVersionData).toMatchObject({
      Placement: { Zone: 'ap-guangzhou-3', ProjectId: 0 },
      ImageId: 'img-eb30mz89',
      InstanceType: 'S5.MEDIUM4',
      InstanceChargeType: 'POSTPAID_BY_HOUR',
      InstanceCount: 1,
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 60 },
      DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100, DeleteWithInstance: true }],
      VirtualPrivateCloud: subnet,
      SecurityGroupIds: [securityGroupId],
      InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
      InstanceName: 'from-template',
    });
    // "实例登录设置。目前只返回实例所关联的密钥" (38055): the password is kept for purchases, never answered.
    expect(version!.LaunchTemplateVersionData!.LoginSettings).not.toHaveProperty('Password');
  });

  it('refuses a name of one character (31947), a purchase RunInstances would refuse, and a template past the quota', async () => {
    expect(await codeOf(sdk.CreateLaunchTemplate({ LaunchTemplateName: 'x', ...configuration() }))).toBe('InvalidParameterValue.InvalidLaunchTemplateName');
    expect(await codeOf(sdk.CreateLaunchTemplate({ LaunchTemplateName: 'no image', ...configuration(), ImageId: 'img-00000000' }))).toBe('InvalidImageId.NotFound');
    expect(await codeOf(sdk.CreateLaunchTemplate({ LaunchTemplateName: 'no zone', ...configuration(), Placement: { Zone: 'ap-shanghai-2' } }))).toBe('InvalidZone.MismatchRegion');
    expect(await codeOf(sdk.CreateLaunchTemplate({ LaunchTemplateName: 'short note', ...configuration(), LaunchTemplateVersionDescription: 'x' }))).toBe(
      'InvalidParameterValue.InvalidLaunchTemplateVersionDescription',
    );
    // DryRun checks everything and makes nothing.
    const before = (await sdk.DescribeLaunchTemplates({})).TotalCount!;
    expect(await codeOf(sdk.CreateLaunchTemplate({ LaunchTemplateName: 'dry run', ...configuration(), DryRun: true }))).toBe('DryRunOperation');
    expect((await sdk.DescribeLaunchTemplates({})).TotalCount).toBe(before);
    // LimitExceeded.LaunchTemplateQuota (32588): 30 a region, then refused until one is deleted.
    const ids: string[] = [];
    while ((await sdk.DescribeLaunchTemplates({})).TotalCount! < 30) ids.push(await newTemplate());
    expect(await codeOf(newTemplate())).toBe('LimitExceeded.LaunchTemplateQuota');
    for (const id of ids) await sdk.DeleteLaunchTemplate({ LaunchTemplateId: id });
  });
});

describe('CreateLaunchTemplateVersion (32641)', () => {
  it('takes what the new version leaves out from the version it is based on (32649), the default unless one is named', async () => {
    const id = await newTemplate();
    const { LaunchTemplateVersionNumber } = await sdk.CreateLaunchTemplateVersion({
      LaunchTemplateId: id,
      Placement: { Zone: 'ap-guangzhou-3' },
      InstanceType: 'S5.LARGE8',
      LaunchTemplateVersionDescription: 'bigger',
    });
    expect(LaunchTemplateVersionNumber).toBe(2);
    const [two] = await versions(id, { LaunchTemplateVersions: [2] });
    expect(two).toMatchObject({ LaunchTemplateVersion: 2, IsDefaultVersion: false, LaunchTemplateVersionDescription: 'bigger' });
    expect(two!.LaunchTemplateVersionData).toMatchObject({ InstanceType: 'S5.LARGE8', ImageId: 'img-eb30mz89', SystemDisk: { DiskSize: 60 }, InstanceName: 'from-template' });
    // Version 3 from version 2 keeps its type; the default (1) is still the small one.
    await sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, LaunchTemplateVersion: 2, Placement: { Zone: 'ap-guangzhou-3' }, InstanceName: 'three' });
    const [three] = await versions(id, { LaunchTemplateVersions: [3] });
    expect(three!.LaunchTemplateVersionData).toMatchObject({ InstanceType: 'S5.LARGE8', InstanceName: 'three' });
    expect(await info(id)).toMatchObject({ LatestVersionNumber: 3, DefaultVersionNumber: 1, LaunchTemplateVersionCount: 3 });
  });

  it('refuses a template that is not there, a version it does not have, and a 31st version', async () => {
    const id = await newTemplate();
    const zone = { Zone: 'ap-guangzhou-3' };
    expect(await codeOf(sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: 'lt-00000000', Placement: zone }))).toBe('InvalidParameterValue.LaunchTemplateIdNotExisted');
    expect(await codeOf(sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: 'template-1', Placement: zone }))).toBe('InvalidParameterValue.LaunchTemplateIdMalformed');
    expect(await codeOf(sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, LaunchTemplateVersion: 9, Placement: zone }))).toBe(
      'InvalidParameterValue.LaunchTemplateIdVerNotExisted',
    );
    expect(await codeOf(sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: zone, SecurityGroupIds: ['sg-00000000'] }))).toBe('InvalidSecurityGroupId.NotFound');
    // "每个实例启动模板最多创建30个版本" (32645–32647): made, not kept — deleting one does not make room.
    for (let n = 2; n <= 30; n++) await sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: zone });
    await sdk.DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [30] });
    expect(await codeOf(sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: zone }))).toBe('LimitExceeded.LaunchTemplateVersionQuota');
  });
});

describe('DescribeLaunchTemplates (31644) and DescribeLaunchTemplateVersions (33648)', () => {
  it('finds templates by ID, by a part of the name and by tag; newest first', async () => {
    const older = await newTemplate({ LaunchTemplateTagSpecification: [{ ResourceType: 'launch-template', Tags: [{ Key: 'tier', Value: 'db' }] }] });
    const newer = await newTemplate({ LaunchTemplateTagSpecification: [{ ResourceType: 'launch-template', Tags: [{ Key: 'tier', Value: 'web' }] }] });
    const all = (await sdk.DescribeLaunchTemplates({ Limit: 100 })).LaunchTemplateSet!.map((t) => t.LaunchTemplateId);
    expect(all.indexOf(newer)).toBeLessThan(all.indexOf(older));
    const byName = await sdk.DescribeLaunchTemplates({ Filters: [{ Name: 'LaunchTemplateName', Values: [`template-${made}`] }] });
    expect(byName.LaunchTemplateSet!.map((t) => t.LaunchTemplateId)).toEqual([newer]);
    const byTag = await sdk.DescribeLaunchTemplates({ Filters: [{ Name: 'tag:tier', Values: ['db'] }] });
    expect(byTag.LaunchTemplateSet!.map((t) => t.LaunchTemplateId)).toEqual([older]);
    expect((await sdk.DescribeLaunchTemplates({ Filters: [{ Name: 'tag-key', Values: ['tier'] }] })).TotalCount).toBe(2);
  });

  it('refuses IDs with Filters (31712), an unknown filter and a malformed ID', async () => {
    const id = await newTemplate();
    expect(await codeOf(sdk.DescribeLaunchTemplates({ LaunchTemplateIds: [id], Filters: [{ Name: 'LaunchTemplateName', Values: ['x'] }] }))).toBe('InvalidParameter');
    expect(await codeOf(sdk.DescribeLaunchTemplates({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] }))).toBe('InvalidFilter');
    expect(await codeOf(sdk.DescribeLaunchTemplates({ LaunchTemplateIds: ['lt-1'] }))).toBe('InvalidParameterValue.LaunchTemplateIdMalformed');
  });

  it('lists versions by number, by range or the default alone, and refuses the default with numbers', async () => {
    const id = await newTemplate();
    for (let n = 0; n < 3; n++) await sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: 'ap-guangzhou-3' } });
    expect((await versions(id)).map((v) => v.LaunchTemplateVersion)).toEqual([1, 2, 3, 4]);
    expect((await versions(id, { MinVersion: 2, MaxVersion: 3 })).map((v) => v.LaunchTemplateVersion)).toEqual([2, 3]);
    expect((await versions(id, { DefaultVersion: true })).map((v) => v.LaunchTemplateVersion)).toEqual([1]);
    expect((await versions(id, { LaunchTemplateVersions: [4, 2] })).map((v) => v.LaunchTemplateVersion)).toEqual([2, 4]);
    expect(await codeOf(sdk.DescribeLaunchTemplateVersions({ LaunchTemplateId: id, DefaultVersion: true, LaunchTemplateVersions: [2] }))).toBe('InvalidParameterCombination');
    expect(await codeOf(sdk.DescribeLaunchTemplateVersions({ LaunchTemplateId: 'lt-00000000' }))).toBe('InvalidParameterValue.LaunchTemplateIdNotExisted');
  });
});

describe('ModifyLaunchTemplateDefaultVersion (34007), DeleteLaunchTemplateVersions (33468), DeleteLaunchTemplate (33318)', () => {
  it('moves the default to another version, refusing the one already default and one that is not there', async () => {
    const id = await newTemplate();
    await sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: 'ap-guangzhou-3' }, InstanceType: 'S5.LARGE8' });
    await sdk.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 2 });
    expect(await info(id)).toMatchObject({ DefaultVersionNumber: 2 });
    expect((await versions(id, { DefaultVersion: true }))[0]).toMatchObject({ LaunchTemplateVersion: 2, IsDefaultVersion: true });
    expect(await codeOf(sdk.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 2 }))).toBe('InvalidParameterValue.LaunchTemplateIdVerSetAlready');
    expect(await codeOf(sdk.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 7 }))).toBe('InvalidParameterValue.LaunchTemplateIdVerNotExisted');
    expect(await codeOf(sdk.ModifyLaunchTemplateDefaultVersion({ LaunchTemplateId: id, DefaultVersion: 0 }))).toBe('InvalidParameterValue.LaunchTemplateVersion');
  });

  it('deletes versions but never the default ("不支持删除默认启动模板版本"), all named or none', async () => {
    const id = await newTemplate();
    for (let n = 0; n < 3; n++) await sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: 'ap-guangzhou-3' } });
    expect(await codeOf(sdk.DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [2, 1] }))).toBe('InvalidParameterValue.LaunchTemplateDefaultVersion');
    expect(await codeOf(sdk.DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [2, 8] }))).toBe('InvalidParameterValue.LaunchTemplateIdVerNotExisted');
    expect((await versions(id)).length).toBe(4);
    await sdk.DeleteLaunchTemplateVersions({ LaunchTemplateId: id, LaunchTemplateVersions: [2, 4] });
    expect((await versions(id)).map((v) => v.LaunchTemplateVersion)).toEqual([1, 3]);
    expect(await info(id)).toMatchObject({ LatestVersionNumber: 3, LaunchTemplateVersionCount: 2 });
  });

  it('deletes a template with its versions; a second delete is refused', async () => {
    const id = await newTemplate();
    await sdk.DeleteLaunchTemplate({ LaunchTemplateId: id });
    expect((await sdk.DescribeLaunchTemplates({ LaunchTemplateIds: [id] })).TotalCount).toBe(0);
    expect(await codeOf(sdk.DeleteLaunchTemplate({ LaunchTemplateId: id }))).toBe('InvalidParameterValue.LaunchTemplateIdNotExisted');
  });
});

describe('RunInstances and InquiryPriceRunInstances with LaunchTemplate (8912, 12216)', () => {
  it('buys from the default version, the request overriding what it gives (8620–8624), and prices it the same', async () => {
    const id = await newTemplate({ LoginSettings: { Password: 'Qcloud@TestApi123++' } });
    await sdk.CreateLaunchTemplateVersion({ LaunchTemplateId: id, Placement: { Zone: 'ap-guangzhou-3' }, InstanceType: 'S5.LARGE8' });
    // No Placement, no ImageId: "如果您不指定LaunchTemplate参数，则Placement为必选参数" — with one, the template's.
    const templated = await priced({ LaunchTemplate: { LaunchTemplateId: id } });
    const direct = configuration();
    const spelled = await sdk.InquiryPriceRunInstances(direct);
    expect(templated.Price).toEqual(spelled.Price);
    const v2 = await priced({ LaunchTemplate: { LaunchTemplateId: id, LaunchTemplateVersion: 2 }, InstanceCount: 2 });
    expect(v2.Price).toEqual((await sdk.InquiryPriceRunInstances({ ...direct, InstanceType: 'S5.LARGE8', InstanceCount: 2 })).Price);

    const { InstanceIdSet } = await sdk.RunInstances({ LaunchTemplate: { LaunchTemplateId: id }, InstanceName: 'overridden' });
    clock.advance(13_000);
    const [instance] = (await sdk.DescribeInstances({ InstanceIds: InstanceIdSet })).InstanceSet!;
    expect(instance).toMatchObject({
      InstanceName: 'overridden',
      InstanceType: 'S5.MEDIUM4',
      ImageId: 'img-eb30mz89',
      Placement: { Zone: 'ap-guangzhou-3' },
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 60 },
      DataDisks: [{ DiskType: 'CLOUD_SSD', DiskSize: 100 }],
      VirtualPrivateCloud: { VpcId: subnet.VpcId, SubnetId: subnet.SubnetId },
      SecurityGroupIds: [securityGroupId],
      InternetAccessible: { InternetMaxBandwidthOut: 5 },
      Tags: [{ Key: 'made-by', Value: 'template' }],
      InstanceState: 'RUNNING',
    });
    const [bigger] = (await sdk.RunInstances({ LaunchTemplate: { LaunchTemplateId: id, LaunchTemplateVersion: 2 } })).InstanceIdSet!;
    expect((await sdk.DescribeInstances({ InstanceIds: [bigger!] })).InstanceSet![0]).toMatchObject({ InstanceType: 'S5.LARGE8', InstanceName: 'from-template' });
  });

  it('refuses a template that is not there (LaunchTemplateNotFound) and a version it does not have (LaunchTemplateVersion), 9682–9691', async () => {
    const id = await newTemplate();
    expect(await codeOf(sdk.RunInstances({ LaunchTemplate: { LaunchTemplateId: 'lt-00000000' } }))).toBe('InvalidParameterValue.LaunchTemplateNotFound');
    expect(await codeOf(sdk.RunInstances({ LaunchTemplate: { LaunchTemplateId: 'lt-bad' } }))).toBe('InvalidParameterValue.LaunchTemplateIdMalformed');
    expect(await codeOf(sdk.RunInstances({ LaunchTemplate: { LaunchTemplateId: id, LaunchTemplateVersion: 5 } }))).toBe('InvalidParameterValue.LaunchTemplateVersion');
    expect(await codeOf(priced({ LaunchTemplate: { LaunchTemplateId: id, LaunchTemplateVersion: 5 } }))).toBe('InvalidParameterValue.LaunchTemplateVersion');
    // The purchase rules still hold for what the request adds: a password that fails them is refused.
    expect(await codeOf(sdk.RunInstances({ LaunchTemplate: { LaunchTemplateId: id }, LoginSettings: { Password: 'short' } }))).toBe('InvalidPassword');
  });

  it('merges Metadata by key with TemplateDataModifyAction Update, and replaces it otherwise (32302)', async () => {
    const metadata = {
      Items: [
        { Key: 'k1', Value: 'v1' },
        { Key: 'k2', Value: 'v2' },
      ],
    };
    const update = await newTemplate({ Metadata: metadata, TemplateDataModifyAction: 'Update' });
    const replace = await newTemplate({ Metadata: metadata });
    const buy = async (template: string) => {
      const [ins] = (await sdk.RunInstances({ LaunchTemplate: { LaunchTemplateId: template }, Metadata: { Items: [{ Key: 'k2', Value: 'v3' }] } })).InstanceIdSet!;
      return emulator.world.region('ap-guangzhou')!.instances.get(ins!)!;
    };
    expect((await buy(update)).instance.Metadata?.Items).toEqual([
      { Key: 'k1', Value: 'v1' },
      { Key: 'k2', Value: 'v3' },
    ]);
    expect((await buy(replace)).instance.Metadata?.Items).toEqual([{ Key: 'k2', Value: 'v3' }]);
    expect(await codeOf(newTemplate({ TemplateDataModifyAction: 'Merge' }))).toBe('InvalidParameterValue');
  });
});
