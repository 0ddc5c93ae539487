import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, TENCENT_SERVICES, type RunningEmulator } from '@cvm/emulator';
import { answerDifferences, notCalled } from '../contract/answer-differences.ts';
import { answerGaps, type Gap } from '../contract/response-walk.ts';
import { loadTencentModels, type TENCENT_SDK_MODELS, type SdkModels } from '../contract/sdk-models.ts';
import { signedCall } from '../support/signed-call.ts';
import { purchase } from '../support/purchase.ts';

// Every field the official SDK's models declare, in every answer the emulator gives: each action of every emulated
// Tencent Cloud service (the emulator's own registry, TENCENT_SERVICES) is called on a real emulator, with requests that
// make the answers non-empty (instances of every kind the seed has: pay-as-you-go and prepaid, running, stopped, isolated,
// failed, GPU, Windows, with and without public IPs, keys, data disks), and each answer is walked against the SDK's
// `<Action>Response` (test/contract/response-walk.ts): a declared field absent, null where the SDK does not say it may be
// null, or a value of another JSON kind fails here as `service.Action path`, unless answer-differences.ts lists it with
// its reason. An action that cannot be called successfully must be listed there too, and a listed entry that no longer
// differs fails as well.

type Service = keyof typeof TENCENT_SDK_MODELS;
type Answer = Record<string, any>;

let emulator: RunningEmulator;
const models = new Map<Service, SdkModels>();
/** What one `service.Action` answered over the tour: how often it was called, its gaps (path → differences), its refusals. */
interface Observed {
  calls: number;
  gaps: Map<string, Set<string>>;
  refusals: string[];
  /** The answer's lists of structures (InstanceSet, KeyPairSet, ...), each with whether any call had items in it. */
  lists: Map<string, boolean>;
}
const observed = new Map<string, Observed>();

const specOf = (service: Service, action: string) => {
  const handler = TENCENT_SERVICES[service]?.find((h) => h.spec.action === action);
  if (!handler) throw new Error(`the emulator does not serve ${service}.${action}`);
  return handler.spec;
};

/** Calls an action as any client would, and walks its answer against the SDK's model. */
async function call(service: Service, action: string, params: object = {}, region = 'ap-guangzhou'): Promise<Answer> {
  const spec = specOf(service, action);
  const envelope = await signedCall(emulator.url, action, params, { service, version: spec.version, region: spec.regional ? region : null });
  const key = `${service}.${action}`;
  const seen: Observed = observed.get(key) ?? { calls: 0, gaps: new Map(), refusals: [], lists: new Map() };
  observed.set(key, seen);
  seen.calls += 1;
  const answer = envelope.Response;
  if (answer.Error) {
    seen.refusals.push(`${answer.Error.Code}: ${answer.Error.Message} (${JSON.stringify(params).slice(0, 200)})`);
    return answer;
  }
  if (!models.has(service)) models.set(service, loadTencentModels(service));
  for (const [field, { type }] of models.get(service)!.get(`${action}Response`) ?? []) {
    if (type.kind === 'array' && type.item.kind === 'model') seen.lists.set(field, seen.lists.get(field) || (answer[field]?.length ?? 0) > 0);
  }
  for (const { path, differs } of answerGaps(answer, `${action}Response`, models.get(service)!)) {
    if (!seen.gaps.has(path)) seen.gaps.set(path, new Set());
    seen.gaps.get(path)!.add(differs);
  }
  return answer;
}

const cvm = (action: string, params: object = {}, region?: string) => call('cvm', action, params, region);
const vpc = (action: string, params: object = {}, region?: string) => call('vpc', action, params, region);

const REGIONS = ['ap-guangzhou', 'ap-shanghai', 'ap-beijing', 'ap-singapore'];
const PASSWORD = 'Qcloud@TestApi123++';
const EPOCH = { StartDate: '2000-01-01 00:00:00', Limit: 100, Offset: 0 };

/** An OpenSSH RSA public key line for a fresh key, as ssh-keygen writes it. */
function openSshPublicKey(): string {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  const mpint = (b64url: string) => {
    const bytes = Buffer.from(b64url, 'base64url');
    return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  };
  const field = (bytes: Buffer) => Buffer.concat([Buffer.from([0, 0, bytes.length >> 8, bytes.length & 0xff]), bytes]);
  return `ssh-rsa ${Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e!)), field(mpint(jwk.n!))]).toString('base64')} tour@laptop`;
}

/** The instances of a region named so by the seed. */
async function instanceNamed(name: string, region = 'ap-guangzhou'): Promise<Answer> {
  const { InstanceSet } = await cvm('DescribeInstances', { Filters: [{ Name: 'instance-name', Values: [name] }] }, region);
  return InstanceSet.find((i: Answer) => i.InstanceName === name);
}

/** The CVM tour: reads first (the seed as it is), then purchases, then every change, each on instances of its own. */
async function cvmTour(): Promise<void> {
  await cvm('DescribeRegions');
  for (const region of REGIONS) await cvm('DescribeZones', {}, region);
  await cvm('DescribeInstanceTypeConfigs');
  await cvm('DescribeImages', { Limit: 100 });
  await cvm('DescribeImages', { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }] });
  await cvm('DescribeZoneInstanceConfigInfos', { Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] });
  await cvm('DescribeZoneInstanceConfigInfos', { Filters: [{ Name: 'instance-charge-type', Values: ['PREPAID'] }] });
  await cvm('DescribeAccountQuota');
  await cvm('DescribeInstanceFamilyConfigs');
  await cvm('DescribeInternetChargeTypeConfigs');
  await cvm('DescribeTaskInfo', EPOCH);

  // A key pair made here and one imported, bound to the instances bought below.
  const created = await cvm('CreateKeyPair', { KeyName: 'tour_created', ProjectId: 0 });
  const imported = await cvm('ImportKeyPair', { KeyName: 'tour_imported', ProjectId: 0, PublicKey: openSshPublicKey() });
  await cvm('ModifyKeyPairAttribute', { KeyId: imported.KeyId, Description: 'imported on the tour' });
  const keyIds = [created.KeyPair?.KeyId, imported.KeyId];

  // Purchases: pay-as-you-go with everything a purchase can name, and prepaid.
  const bought = {
    ...purchase({ InstanceType: 'S5.LARGE8' }),
    InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 5, PublicIpAssigned: true },
    DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 100, DiskName: 'data' }],
    LoginSettings: { KeyIds: keyIds },
    HostName: 'tour-host',
    InstanceName: 'tour-postpaid',
    TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'env', Value: 'tour' }] }],
  };
  await cvm('InquiryPriceRunInstances', bought);
  await cvm('InquiryPriceRunInstances', { ...bought, InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } });
  const postpaid = (await cvm('RunInstances', bought)).InstanceIdSet?.[0];
  const prepaid = (
    await cvm('RunInstances', {
      ...purchase(),
      InstanceName: 'tour-prepaid',
      InstanceChargeType: 'PREPAID',
      InstanceChargePrepaid: { Period: 1 },
      InternetAccessible: { InternetChargeType: 'BANDWIDTH_PREPAID', InternetMaxBandwidthOut: 5 },
      LoginSettings: { Password: PASSWORD },
    })
  ).InstanceIdSet?.[0];
  const spare = (await cvm('RunInstances', { ...purchase(), InstanceName: 'tour-spare', InstanceCount: 4, LoginSettings: { Password: PASSWORD } })).InstanceIdSet ?? [];

  // Launch templates: the pay-as-you-go purchase kept as one, a second version, a price and a purchase from it (with a
  // password of its own, so the tour's keys can be deleted at the end), the default moved, then all of it deleted.
  const template = (
    await cvm('CreateLaunchTemplate', {
      ...bought,
      LaunchTemplateName: 'tour-template',
      LaunchTemplateVersionDescription: 'the tour',
      LaunchTemplateTagSpecification: [{ ResourceType: 'launch-template', Tags: [{ Key: 'env', Value: 'tour' }] }],
    })
  ).LaunchTemplateId;
  await cvm('CreateLaunchTemplateVersion', { LaunchTemplateId: template, Placement: bought.Placement, InstanceType: 'S5.MEDIUM4' });
  await cvm('DescribeLaunchTemplates', { LaunchTemplateIds: [template] });
  await cvm('DescribeLaunchTemplateVersions', { LaunchTemplateId: template });
  await cvm('InquiryPriceRunInstances', { LaunchTemplate: { LaunchTemplateId: template, LaunchTemplateVersion: 2 } });
  await cvm('RunInstances', { LaunchTemplate: { LaunchTemplateId: template }, InstanceName: 'tour-templated', LoginSettings: { Password: PASSWORD } });
  await cvm('ModifyLaunchTemplateDefaultVersion', { LaunchTemplateId: template, DefaultVersion: 2 });
  await cvm('DeleteLaunchTemplateVersions', { LaunchTemplateId: template, LaunchTemplateVersions: [1] });
  await cvm('DeleteLaunchTemplate', { LaunchTemplateId: template });

  // Every instance of every region, the tour's own among them.
  for (const region of REGIONS) {
    await cvm('DescribeInstances', { Limit: 100 }, region);
    await cvm('DescribeInstancesStatus', { Limit: 100 }, region);
  }
  await cvm('DescribeKeyPairs', { Limit: 100 });

  const web = await instanceNamed('web-prod-01');
  const mysql = await instanceNamed('mysql-primary');
  const ids = [postpaid, prepaid];
  await cvm('DescribeInstancesModification', { InstanceIds: [postpaid, web.InstanceId, mysql.InstanceId] });
  await cvm('DescribeInstancesAttributes', { Attributes: ['UserData'], InstanceIds: ids });
  await cvm('DescribeInstanceVncUrl', { InstanceId: postpaid });
  await cvm('DescribeInstanceInternetBandwidthConfigs', { InstanceId: prepaid });
  await cvm('DescribeInstancesOperationLimit', { InstanceIds: ids, Operation: 'INSTANCE_DEGRADE' });
  await cvm('InquiryPriceTerminateInstances', { InstanceIds: [prepaid] });
  await cvm('InquiryPriceRenewInstances', { InstanceIds: [prepaid], InstanceChargePrepaid: { Period: 1 } });
  await cvm('InquiryPriceModifyInstancesChargeType', { InstanceIds: [postpaid], InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } });
  await cvm('InquiryPriceResetInstancesInternetMaxBandwidth', { InstanceIds: [postpaid], InternetAccessible: { InternetMaxBandwidthOut: 10 } });
  await cvm('InquiryPriceResetInstancesType', { InstanceIds: [postpaid], InstanceType: 'S5.2XLARGE16' });
  await cvm('InquiryPriceResizeInstanceDisks', { InstanceId: postpaid, SystemDisk: { DiskSize: 60 } });
  await cvm('InquiryPriceResetInstance', { InstanceId: postpaid, ImageId: 'img-eb30mz89' });

  // Action timers.
  const later = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const timers = await cvm('ImportInstancesActionTimer', { InstanceIds: [spare[0]], ActionTimer: { TimerAction: 'TerminateInstances', ActionTime: later } });
  await cvm('DescribeInstancesActionTimer', {});
  await cvm('DeleteInstancesActionTimer', { ActionTimerIds: timers.ActionTimerIds ?? [] });

  // Changes to the pay-as-you-go instance.
  await cvm('ModifyInstancesAttribute', { InstanceIds: [postpaid], InstanceName: 'tour-postpaid-renamed' });
  await cvm('ModifyInstancesProject', { InstanceIds: [postpaid], ProjectId: 0 });
  const groups = (await vpc('DescribeSecurityGroups')).SecurityGroupSet ?? [];
  await cvm('AssociateSecurityGroups', { SecurityGroupIds: [groups[1]?.SecurityGroupId], InstanceIds: [postpaid] });
  await cvm('DisassociateSecurityGroups', { SecurityGroupIds: [groups[1]?.SecurityGroupId], InstanceIds: [postpaid] });
  await cvm('ResetInstancesInternetMaxBandwidth', { InstanceIds: [postpaid], InternetAccessible: { InternetMaxBandwidthOut: 10 } });
  await cvm('DisassociateInstancesKeyPairs', { InstanceIds: [postpaid], KeyIds: [imported.KeyId], ForceStop: true });
  await cvm('AssociateInstancesKeyPairs', { InstanceIds: [postpaid], KeyIds: [imported.KeyId], ForceStop: true });
  await cvm('StopInstances', { InstanceIds: [postpaid] });
  await cvm('ResetInstancesPassword', { InstanceIds: [postpaid], Password: PASSWORD });
  await cvm('ResetInstancesType', { InstanceIds: [postpaid], InstanceType: 'S5.2XLARGE16' });
  await cvm('ResizeInstanceDisks', { InstanceId: postpaid, SystemDisk: { DiskSize: 60 } });
  const subnets =
    (
      await vpc('DescribeSubnets', {
        Filters: [
          { Name: 'vpc-id', Values: [web.VirtualPrivateCloud.VpcId] },
          { Name: 'zone', Values: ['ap-guangzhou-3'] },
        ],
      })
    ).SubnetSet ?? [];
  await cvm('ModifyInstancesVpcAttribute', { InstanceIds: [postpaid], VirtualPrivateCloud: { VpcId: subnets[0]?.VpcId, SubnetId: subnets[0]?.SubnetId } });
  await cvm('StartInstances', { InstanceIds: [postpaid] });
  await cvm('RebootInstances', { InstanceIds: [postpaid] });
  await cvm('ResetInstance', { InstanceId: postpaid, ImageId: 'img-eb30mz89', LoginSettings: { Password: PASSWORD } });
  // The emulator sells no type with local disks: one is given a local system disk on the world, as other tests do.
  await cvm('StopInstances', { InstanceIds: [spare[3]] });
  emulator.world.region('ap-guangzhou')!.instances.get(spare[3])!.instance.SystemDisk.DiskType = 'LOCAL_BASIC';
  await cvm('ModifyInstanceDiskType', { InstanceId: spare[3], SystemDisk: { DiskType: 'CLOUD_SSD' } });
  await cvm('EnterRescueMode', { InstanceId: spare[1], Password: PASSWORD });
  await cvm('ExitRescueMode', { InstanceId: spare[1] });

  // The prepaid one: renewal and charge type.
  await cvm('ModifyInstancesRenewFlag', { InstanceIds: [prepaid], RenewFlag: 'NOTIFY_AND_AUTO_RENEW' });
  await cvm('RenewInstances', { InstanceIds: [prepaid], InstanceChargePrepaid: { Period: 1 } });
  await cvm('ModifyInstancesChargeType', { InstanceIds: [spare[2]], InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 1 } });

  // Images: one made of the prepaid instance as it runs, renamed into a family, shared, copied to another region,
  // exported and imported; then the copy, the import and the image go.
  await cvm('DescribeImageQuota');
  await cvm('DescribeImportImageOs');
  const imageId = (await cvm('CreateImage', { InstanceId: prepaid, ImageName: 'tour-image', TagSpecification: [{ ResourceType: 'image', Tags: [{ Key: 'env', Value: 'tour' }] }] }))
    .ImageId;
  await cvm('ModifyImageAttribute', { ImageId: imageId, ImageDescription: 'made on the tour', ImageFamily: 'tour-family' });
  await cvm('DescribeImageFromFamily', { ImageFamily: 'tour-family' });
  await cvm('ModifyImageSharePermission', { ImageId: imageId, AccountIds: ['100098765432'], Permission: 'SHARE' });
  await cvm('DescribeImageSharePermission', { ImageId: imageId });
  await cvm('ModifyImageSharePermission', { ImageId: imageId, AccountIds: ['100098765432'], Permission: 'CANCEL' });
  const copies = (await cvm('SyncImages', { ImageIds: [imageId], DestinationRegions: ['ap-shanghai'], ImageSetRequired: true })).ImageSet ?? [];
  await cvm('ExportImages', { BucketName: 'tour-1250000000', ImageIds: [imageId] });
  const importedImage = (
    await cvm('ImportImage', {
      ImageUrl: 'https://tour-1250000000.cos.ap-guangzhou.myqcloud.com/tour.qcow2',
      ImageName: 'tour-import',
      Architecture: 'x86_64',
      OsType: 'CentOS',
      OsVersion: '7',
    })
  ).ImageId;
  await cvm('DescribeImages', { ImageIds: [imageId, importedImage] });
  await cvm('DeleteImages', { ImageIds: copies.map((copy: Answer) => copy.ImageId) }, 'ap-shanghai');
  await cvm('DeleteImages', { ImageIds: [imageId, importedImage] });

  // Repairs: the seeded task waiting for authorization.
  const tasks = (await cvm('DescribeTaskInfo', EPOCH)).RepairTaskInfoSet ?? [];
  const pending = tasks.find((t: Answer) => t.TaskStatus === 1);
  await cvm('RepairTaskControl', { Product: 'CVM', InstanceIds: [pending?.InstanceId], TaskId: pending?.TaskId, Operate: 'AuthorizeRepair' });

  // Everything changed, as it is now; then the tour's instances go.
  await cvm('DescribeInstances', { InstanceIds: [postpaid, prepaid, ...spare] });
  await cvm('DescribeKeyPairs', { KeyIds: keyIds });
  await cvm('TerminateInstances', { InstanceIds: [postpaid, spare[0]] });
  await cvm('DeleteKeyPairs', { KeyIds: keyIds });
}

/** Placement groups and dedicated hosts: a group with instances (bought into it and moved in), a host bought with one on it. */
async function placementTour(): Promise<void> {
  const group = await cvm('CreateDisasterRecoverGroup', { Name: 'tour-spread', Type: 'RACK', TagSpecification: [{ ResourceType: 'ps', Tags: [{ Key: 'env', Value: 'tour' }] }] });
  const groupId = group.DisasterRecoverGroupId;
  await cvm('ModifyDisasterRecoverGroupAttribute', { DisasterRecoverGroupId: groupId, Name: 'tour-spread-renamed' });
  await cvm('DescribeDisasterRecoverGroupQuota');
  await cvm('RunInstances', { ...purchase(), InstanceName: 'tour-placed', DisasterRecoverGroupIds: [groupId] });
  const moved = (await cvm('RunInstances', { ...purchase(), InstanceName: 'tour-moved' })).InstanceIdSet ?? [];
  await cvm('ModifyInstancesDisasterRecoverGroup', { InstanceIds: moved, DisasterRecoverGroupId: groupId });
  await cvm('DescribeDisasterRecoverGroups', { Limit: 100 });
  const hostIds = (await cvm('AllocateHosts', { Placement: { Zone: 'ap-guangzhou-3' }, HostType: 'HS50', HostChargePrepaid: { Period: 1 } })).HostIdSet ?? [];
  await cvm('RunInstances', { ...purchase({ Placement: { Zone: 'ap-guangzhou-3', HostIds: hostIds } }), InstanceChargeType: 'CDHPAID', InstanceName: 'tour-on-host' });
  await cvm('ModifyHostsAttribute', { HostIds: hostIds, HostName: 'tour-host' });
  await cvm('InquiryPriceRenewHosts', { HostIds: hostIds, HostChargePrepaid: { Period: 1 } });
  await cvm('RenewHosts', { HostIds: hostIds, HostChargePrepaid: { Period: 1 } });
  await cvm('DescribeHosts', { Limit: 100 });
  const spare = await cvm('CreateDisasterRecoverGroup', { Name: 'tour-empty', Type: 'HOST' });
  await cvm('DeleteDisasterRecoverGroups', { DisasterRecoverGroupIds: [spare.DisasterRecoverGroupId] });
}

async function vpcTour(): Promise<void> {
  for (const region of REGIONS) {
    await vpc('DescribeVpcs', {}, region);
    await vpc('DescribeSubnets', { Limit: '100' }, region);
    await vpc('DescribeSecurityGroups', {}, region);
    await vpc('DescribeNetworkInterfaces', { Limit: 100 }, region);
  }
  const groups = (await vpc('DescribeSecurityGroups')).SecurityGroupSet ?? [];
  const group = groups[0]?.SecurityGroupId;
  await vpc('DescribeSecurityGroupPolicies', { SecurityGroupId: group });
  await vpc('DescribeSecurityGroupAssociationStatistics', { SecurityGroupIds: groups.map((g: Answer) => g.SecurityGroupId) });
  const rule = { Protocol: 'TCP', Port: '8080', CidrBlock: '10.0.0.0/8', Action: 'ACCEPT', PolicyDescription: 'tour' };
  await vpc('CreateSecurityGroupPolicies', { SecurityGroupId: group, SecurityGroupPolicySet: { Ingress: [rule] } });
  const policies = (await vpc('DescribeSecurityGroupPolicies', { SecurityGroupId: group })).SecurityGroupPolicySet;
  const index = policies?.Ingress?.findIndex((p: Answer) => p.Port === '8080');
  await vpc('ReplaceSecurityGroupPolicy', {
    SecurityGroupId: group,
    SecurityGroupPolicySet: { Version: policies?.Version, Ingress: [{ ...rule, PolicyIndex: index, Port: '8081' }] },
  });
  const version = (await vpc('DescribeSecurityGroupPolicies', { SecurityGroupId: group })).SecurityGroupPolicySet?.Version;
  await vpc('ReplaceSecurityGroupPolicies', {
    SecurityGroupId: group,
    SecurityGroupPolicySet: { Version: version, Ingress: [{ ...rule, PolicyIndex: index, Port: '8082' }] },
  });
  await vpc('DeleteSecurityGroupPolicies', { SecurityGroupId: group, SecurityGroupPolicySet: { Ingress: [{ ...rule, Port: '8082' }] } });
  const current = (await vpc('DescribeSecurityGroupPolicies', { SecurityGroupId: group })).SecurityGroupPolicySet;
  await vpc('ModifySecurityGroupPolicies', { SecurityGroupId: group, SecurityGroupPolicySet: { Ingress: current?.Ingress, Egress: current?.Egress } });

  const web = await instanceNamed('web-prod-01');
  const subnet = web.VirtualPrivateCloud.SubnetId;
  const eni = (
    await vpc('CreateNetworkInterface', {
      VpcId: web.VirtualPrivateCloud.VpcId,
      SubnetId: subnet,
      NetworkInterfaceName: 'tour-eni',
      SecondaryPrivateIpAddressCount: 1,
      SecurityGroupIds: [group],
      Tags: [{ Key: 'env', Value: 'tour' }],
    })
  ).NetworkInterface;
  const attached = await vpc('AttachNetworkInterface', { NetworkInterfaceId: eni?.NetworkInterfaceId, InstanceId: web.InstanceId });
  await vpc('DescribeVpcTaskResult', { TaskId: attached.RequestId });
  await vpc('DescribeNetworkInterfaces', { NetworkInterfaceIds: [eni?.NetworkInterfaceId] });
  await vpc('DescribeNetworkInterfaces', { Filters: [{ Name: 'attachment.instance-id', Values: [web.InstanceId] }] });
  await vpc('DetachNetworkInterface', { NetworkInterfaceId: eni?.NetworkInterfaceId, InstanceId: web.InstanceId });
  await vpc('DeleteNetworkInterface', { NetworkInterfaceId: eni?.NetworkInterfaceId });
}

async function haiTour(): Promise<void> {
  const hai = (action: string, params: object = {}, region?: string) => call('hai', action, params, region);
  await hai('DescribeRegions');
  await hai('DescribeScenes');
  await hai('DescribeApplications', { Limit: 100 });
  const buy = { ApplicationId: 'app-jknfna', BundleType: 'XL', SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 100 } };
  await hai('InquirePriceRunInstances', buy);
  const [id] = (await hai('RunInstances', { ...buy, InstanceName: 'tour-hai' })).InstanceIdSet ?? [];
  await hai('DescribeInstances', { Limit: 100 });
  await hai('StopInstance', { InstanceId: id });
  await hai('StartInstance', { InstanceId: id });
  await hai('DescribeInstances', { InstanceIds: [id] });
  await hai('TerminateInstances', { InstanceIds: [id] });
}

async function batchTour(): Promise<void> {
  const batch = (action: string, params: object = {}, region?: string) => call('batch', action, params, region);
  const envs = [];
  for (const region of REGIONS) envs.push(...((await batch('DescribeComputeEnvs', { Limit: 100 }, region)).ComputeEnvSet ?? []));
  for (const env of envs.filter((e: Answer) => e.EnvId)) await batch('DescribeComputeEnv', { EnvId: env.EnvId }, env.Placement?.Zone?.replace(/-\d+$/, '') ?? 'ap-guangzhou');
  const env = envs.find((e: Answer) => e.Placement?.Zone === 'ap-guangzhou-3') ?? envs[0];
  const zone = env?.Placement?.Zone ?? 'ap-guangzhou-3';
  const [id] = (await cvm('RunInstances', { ...purchase({ Placement: { Zone: zone } }), InstanceName: 'tour-batch' }, zone.replace(/-\d+$/, ''))).InstanceIdSet ?? [];
  await batch('AttachInstances', { EnvId: env?.EnvId, Instances: [{ InstanceId: id, LoginSettings: { Password: PASSWORD } }] }, zone.replace(/-\d+$/, ''));
  await batch('DescribeComputeEnv', { EnvId: env?.EnvId }, zone.replace(/-\d+$/, ''));
  await batch('DetachInstances', { EnvId: env?.EnvId, InstanceIds: [id] }, zone.replace(/-\d+$/, ''));
}

async function tagTour(): Promise<void> {
  const tag = (action: string, params: object = {}) => call('tag', action, params);
  const uin = (await call('sts', 'GetCallerIdentity')).AccountId;
  await tag('DescribeTagKeys', { Limit: 100 });
  await tag('DescribeTagKeys', { Limit: 100, ShowProject: 1 });
  await tag('DescribeTagValues', { TagKeys: ['env', 'team'], Limit: 100 });
  await tag('DescribeProjects', { AllList: 1, Limit: 100, Offset: 0 });
  const web = await instanceNamed('web-prod-02');
  const resource = (id: string) => `qcs::cvm:ap-guangzhou:uin/${uin}:instance/${id}`;
  // An instance the region does not have, so FailedResources has an item.
  const resources = [resource(web.InstanceId), resource('ins-00000000')];
  await tag('TagResources', { ResourceList: resources, Tags: [{ TagKey: 'tour', TagValue: 'yes' }] });
  await tag('UnTagResources', { ResourceList: resources, TagKeys: ['tour'] });
}

async function monitorTour(): Promise<void> {
  const monitor = (action: string, params: object = {}) => call('monitor', action, params);
  await monitor('DescribeBaseMetrics', { Namespace: 'QCE/CVM' });
  const web = await instanceNamed('web-prod-01');
  await monitor('GetMonitorData', { Namespace: 'QCE/CVM', MetricName: 'CPUUsage', Period: 60, Instances: [{ Dimensions: [{ Name: 'InstanceId', Value: web.InstanceId }] }] });
}

/** HPC clusters and CHC hosts (issue 21): a cluster with an HPC instance in it, every network change of the seeded hosts, a conversion and an FPGA programming. */
async function hpcAndChcTour(): Promise<void> {
  const tags = [{ ResourceType: 'hpc', Tags: [{ Key: 'env', Value: 'tour' }] }];
  const clusterId = (await cvm('CreateHpcCluster', { Zone: 'ap-guangzhou-6', Name: 'tour-cluster', Remark: 'tour', TagSpecification: tags })).HpcClusterSet?.[0]?.HpcClusterId;
  const emptyId = (await cvm('CreateHpcCluster', { Zone: 'ap-guangzhou-3', Name: 'tour-empty' })).HpcClusterSet?.[0]?.HpcClusterId;
  const hpc =
    (await cvm('RunInstances', { ...purchase({ Placement: { Zone: 'ap-guangzhou-6' } }), InstanceType: 'HCCPNV4ane.58XLARGE1929', HpcClusterId: clusterId })).InstanceIdSet ?? [];
  await cvm('ModifyHpcClusterAttribute', { HpcClusterId: clusterId, Name: 'tour-cluster-renamed' });
  await cvm('DescribeHpcClusters', { Limit: 100 });
  await cvm('DescribeInstances', { InstanceIds: hpc });
  await cvm('DeleteHpcClusters', { HpcClusterIds: [emptyId] });

  const hosts = (await cvm('DescribeChcHosts', { Limit: 100 })).ChcHostSet ?? [];
  const named = (name: string) => hosts.find((h: Answer) => h.InstanceName === name)?.ChcId;
  const [bare, assisted, prepared] = [named('rack-a01'), named('rack-a02'), named('rack-a03')];
  await cvm('DescribeChcDeniedActions', { ChcIds: hosts.map((h: Answer) => h.ChcId) });
  const { SubnetSet } = await vpc('DescribeSubnets', { Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] });
  const network = { VpcId: SubnetSet?.[0]?.VpcId, SubnetId: SubnetSet?.[0]?.SubnetId };
  await cvm('ConfigureChcAssistVpc', { ChcIds: [bare], BmcVirtualPrivateCloud: network });
  await cvm('ConfigureChcDeployVpc', { ChcIds: [assisted], DeployVirtualPrivateCloud: network, ChcDeployExtraConfig: { MiniOsType: 'public', BootType: 'x86_legacy' } });
  await cvm('RemoveChcDeployVpc', { ChcIds: [prepared] });
  await cvm('ModifyChcAttribute', { ChcIds: [assisted], InstanceName: 'tour-rack', BmcUser: 'tour', Password: 'Tour@12345' });
  await cvm('DescribeChcHosts', { ChcIds: [bare, assisted, prepared] });
  await cvm('RemoveChcAssistVpc', { ChcIds: [bare] });
  await cvm('DescribeChcHosts', { Filters: [{ Name: 'zone', Values: ['ap-guangzhou-3'] }] });

  const [centos] = (await cvm('RunInstances', { ...purchase({ ImageId: 'img-l8og963d' }), InstanceName: 'tour-centos' })).InstanceIdSet ?? [];
  await cvm('ConvertOperatingSystems', { InstanceIds: [centos], DryRun: true });
  await cvm('ConvertOperatingSystems', { InstanceIds: [centos] });
  const [fpga] =
    (await cvm('RunInstances', { ...purchase({ Placement: { Zone: 'ap-guangzhou-6' } }), InstanceType: 'FX4.8XLARGE128', InstanceName: 'tour-fpga' })).InstanceIdSet ?? [];
  await cvm('ProgramFpgaImage', { InstanceId: fpga, FPGAUrl: 'tour-1250000000.cos.ap-guangzhou.myqcloud.com/tour.xclbin' });
  await cvm('TerminateInstances', { InstanceIds: [...hpc, centos, fpga] });
}

async function stsTour(): Promise<void> {
  const uin = (await call('sts', 'GetCallerIdentity')).AccountId;
  await call('sts', 'AssumeRole', { RoleArn: `qcs::cam::uin/${uin}:roleName/cvm-console-operator`, RoleSessionName: 'tour', DurationSeconds: 900 });
}

beforeAll(async () => {
  // Changes settle at once, so every action finds its instance in the state it needs; generated instances (as
  // `--instances` makes them) are listed beside the seed's.
  emulator = await startEmulator({ rateLimits: false, transitionScale: 0, bulkInstances: 50 });
  await cvmTour();
  await placementTour();
  await vpcTour();
  await haiTour();
  await batchTour();
  await tagTour();
  await monitorTour();
  await stsTour();
  await hpcAndChcTour();
}, 120_000);
afterAll(() => emulator?.close());

const listed: Record<string, { differs: string; reason: string }> = answerDifferences;
const unreachable: Record<string, string> = notCalled;
const actions = Object.entries(TENCENT_SERVICES).flatMap(([service, handlers]) => handlers.map((h) => ({ name: `${service}.${h.spec.action}`, service })));

/** Every gap found, as `<service>.<Action> <path>` → what differs. */
function found(): Map<string, Set<string>> {
  const all = new Map<string, Set<string>>();
  for (const [name, { gaps }] of observed) for (const [path, differs] of gaps) all.set(`${name} ${path}`, differs);
  return all;
}

describe.each([...new Set(actions.map((a) => a.service))])('%s answers against the official SDK', (service) => {
  it.each(actions.filter((a) => a.service === service).map((a) => a.name))('%s', (name) => {
    const seen = observed.get(name);
    if (Object.hasOwn(unreachable, name)) {
      expect(seen?.calls ?? 0, `${name} is listed as not called (answer-differences.ts notCalled) but the tour calls it`).toBe(0);
      return;
    }
    expect(seen, `${name} is served by the emulator but the tour never calls it`).toBeDefined();
    expect(seen!.refusals, `${name}: calls the tour expects to succeed were refused`).toEqual([]);
    const unlisted: Gap[] = [...seen!.gaps].flatMap(([path, differs]) => [...differs].filter((d) => listed[`${name} ${path}`]?.differs !== d).map((d) => ({ path, differs: d })));
    expect(unlisted, `${name}: fields that differ from the SDK's ${name.split('.')[1]}Response, not listed in test/contract/answer-differences.ts`).toEqual([]);
    // An empty list walks nothing: every list of structures had items in some answer.
    const empty = [...seen!.lists].filter(([, filled]) => !filled).map(([field]) => field);
    expect(empty, `${name}: lists the tour never saw an item in`).toEqual([]);
  });
});

describe('the list of deliberate differences', () => {
  it('lists no difference that is gone, and only actions the emulator serves', () => {
    const gaps = found();
    const stale = Object.entries(listed)
      .filter(([key, { differs }]) => !gaps.get(key)?.has(differs))
      .map(([key]) => key);
    expect(stale, 'entries of answerDifferences that no longer differ: remove them').toEqual([]);
    const names = new Set(actions.map((a) => a.name));
    expect(Object.keys(unreachable).filter((name) => !names.has(name))).toEqual([]);
  });

  it('walked answers of every service', () => {
    const calls = [...observed.values()].reduce((n, o) => n + o.calls, 0);
    console.info(`response completeness: ${observed.size} of ${actions.length} actions called, ${calls} answers walked against the SDK models`);
    expect(observed.size + Object.keys(unreachable).length).toBe(actions.length);
  });
});
