import type { LaunchTemplateInfo, LaunchTemplateVersionData, LaunchTemplateVersionInfo } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import type { LaunchTemplateData, LaunchTemplateRecord, LaunchTemplateVersionRecord } from '../../../state/launch-template-record.ts';
import type { World, RegionWorld } from '../../../state/world.ts';
import type { RequestContext } from '../../action-handler.ts';
import { requireJumboFrames } from '../jumbo-frames.ts';
import { checkUserData } from '../user-data.ts';
import { resolvePurchase } from '../purchase/resolve-purchase.ts';

// What the launch template actions share (reference 31644–34100): finding a template and a version with the codes the
// reference gives them, the checks on names and descriptions, the purchase rules a version's parameters must pass, and
// the answers' shapes (LaunchTemplateInfo 37953, LaunchTemplateVersionInfo 38124).

export const LAUNCH_TEMPLATE_ID = /^lt-[a-z0-9]{8}$/;

/**
 * Templates one region holds. The reference names the code (LimitExceeded.LaunchTemplateQuota), not the number; 30 a
 * region is the cloud console's figure, and the emulator's.
 */
export const TEMPLATES_PER_REGION = 30;
/** "每个实例启动模板最多创建30个版本" (32645–32647): versions made, so a number is never above 30 (MaxVersion's default, 33690). */
export const VERSIONS_PER_TEMPLATE = 30;

/** The template a request names: a well-formed ID of the region's, else the code the action gives an unknown one. */
export function findTemplate(region: RegionWorld, id: string, unknownCode = 'InvalidParameterValue.LaunchTemplateIdNotExisted'): LaunchTemplateRecord {
  if (!LAUNCH_TEMPLATE_ID.test(id)) {
    throw new CloudError(
      'InvalidParameterValue.LaunchTemplateIdMalformed',
      `The launch template ID \`${id}\` is malformed: expected lt- followed by 8 lower-case letters or digits.`,
    );
  }
  const template = region.launchTemplates.get(id);
  if (!template) throw new CloudError(unknownCode, `The launch template \`${id}\` does not exist in ${region.seed.region}.`);
  return template;
}

/** A version number is a whole number from 1 (InvalidParameterValue.LaunchTemplateVersion otherwise). */
export function checkVersionNumber(number: number, parameter: string): void {
  if (number < 1) throw new CloudError('InvalidParameterValue.LaunchTemplateVersion', `\`${parameter}\` ${number} is not a version number: versions are numbered from 1.`);
}

/** One version of the template, or the code the action gives a template and version that do not go together. */
export function findVersion(
  template: LaunchTemplateRecord,
  number: number,
  parameter: string,
  unknownCode = 'InvalidParameterValue.LaunchTemplateIdVerNotExisted',
): LaunchTemplateVersionRecord {
  checkVersionNumber(number, parameter);
  const version = template.versions.get(number);
  if (!version) throw new CloudError(unknownCode, `The launch template \`${template.id}\` has no version ${number}.`);
  return version;
}

/** "长度为2~128个英文或中文字符" (31947); any characters (the reference's example has quotes in one). */
export function checkTemplateName(name: string): void {
  const length = [...name].length;
  if (length < 2 || length > 128 || name.trim() === '') {
    throw new CloudError('InvalidParameterValue.InvalidLaunchTemplateName', `\`LaunchTemplateName\` is ${length} characters; give 2 to 128.`);
  }
}

/** "长度为2~256个英文或中文字符，默认为空字符" (31982): empty, or 2 to 256. */
export function checkVersionDescription(description: string | undefined): string {
  if (description === undefined || description === '') return '';
  const length = [...description].length;
  if (length < 2 || length > 256) {
    throw new CloudError('InvalidParameterValue.InvalidLaunchTemplateVersionDescription', `\`LaunchTemplateVersionDescription\` is ${length} characters; give 2 to 256, or none.`);
  }
  return description;
}

/**
 * A version's parameters, checked as RunInstances checks a purchase (resolve-purchase.ts: zone, image, type and its
 * stock, billing, disks, network, security groups, login, names, tags, ClientToken), with the user data and jumbo frame
 * rules; the create actions document the same codes. What only a purchase has (quota, placement groups, DryRun) is
 * checked when one is made from it.
 */
export function checkTemplateData(ctx: RequestContext, data: LaunchTemplateData): void {
  const purchase = resolvePurchase(ctx.world, ctx.region, data, ['PREPAID', 'POSTPAID_BY_HOUR', 'SPOTPAID', 'CDHPAID']);
  checkUserData(data.UserData);
  if (data.EnableJumboFrame !== undefined) requireJumboFrames(purchase.offering.type.InstanceType, 'The instance type');
  if (data.TemplateDataModifyAction !== undefined && !['Update', 'Replace'].includes(data.TemplateDataModifyAction)) {
    throw new CloudError('InvalidParameterValue', `\`TemplateDataModifyAction\` is \`${data.TemplateDataModifyAction}\`; it takes Update or Replace.`);
  }
}

/** The highest version number a template has now. */
export function latestNumber(template: LaunchTemplateRecord): number {
  return Math.max(...template.versions.keys());
}

export function templateInfo(world: World, template: LaunchTemplateRecord): LaunchTemplateInfo {
  return {
    LatestVersionNumber: latestNumber(template),
    LaunchTemplateId: template.id,
    LaunchTemplateName: template.name,
    DefaultVersionNumber: template.defaultVersion,
    LaunchTemplateVersionCount: template.versions.size,
    CreatedBy: world.account.uin,
    CreationTime: cloudTime(template.createdAt),
  };
}

/**
 * A version's parameters as DescribeLaunchTemplateVersions answers them: every field of LaunchTemplateVersionData, what
 * the version does not set answered empty ("", 0, false, []), as the reference's example answers an unset KmsKeyId "".
 * The billing mode and the number of instances answer their defaults (POSTPAID_BY_HOUR, 1), and the enhanced services
 * theirs (monitoring and security on, automation off), as the example does. The login settings answer the keys only:
 * "目前只返回实例所关联的密钥" (38055), never a password.
 */
export function versionDataAnswer(data: LaunchTemplateData): LaunchTemplateVersionData {
  const placement = data.Placement;
  const system = data.SystemDisk;
  const internet = data.InternetAccessible;
  const vpc = data.VirtualPrivateCloud;
  const enhanced = data.EnhancedService;
  const timer = data.ActionTimer;
  const externals = timer?.Externals;
  const market = data.InstanceMarketOptions;
  return {
    Placement: {
      Zone: placement.Zone,
      ProjectId: placement.ProjectId ?? 0,
      HostIds: [...(placement.HostIds ?? [])],
      HostId: placement.HostId ?? '',
      DedicatedResourcePackTenancy: placement.DedicatedResourcePackTenancy ?? '',
      DedicatedResourcePackIds: [...(placement.DedicatedResourcePackIds ?? [])],
      RackId: placement.RackId ?? '',
    },
    InstanceType: data.InstanceType ?? '',
    InstanceName: data.InstanceName ?? '',
    InstanceChargeType: data.InstanceChargeType ?? 'POSTPAID_BY_HOUR',
    SystemDisk: {
      DiskType: system?.DiskType ?? '',
      DiskId: system?.DiskId ?? '',
      DiskSize: system?.DiskSize ?? 0,
      CdcId: system?.CdcId ?? null,
      DiskName: system?.DiskName ?? '',
      Encrypt: system?.Encrypt ?? false,
      KmsKeyId: system?.KmsKeyId ?? '',
    },
    DataDisks: (data.DataDisks ?? []).map((disk) => ({
      DiskSize: disk.DiskSize,
      DiskType: disk.DiskType ?? '',
      DiskId: disk.DiskId ?? '',
      DeleteWithInstance: disk.DeleteWithInstance ?? true,
      SnapshotId: disk.SnapshotId ?? '',
      Encrypt: disk.Encrypt ?? false,
      KmsKeyId: disk.KmsKeyId ?? '',
      ThroughputPerformance: disk.ThroughputPerformance ?? null,
      CdcId: disk.CdcId ?? null,
      BurstPerformance: disk.BurstPerformance ?? false,
      DiskName: disk.DiskName ?? '',
    })),
    InternetAccessible: {
      InternetChargeType: internet?.InternetChargeType ?? '',
      InternetMaxBandwidthOut: internet?.InternetMaxBandwidthOut ?? 0,
      PublicIpAssigned: internet?.PublicIpAssigned ?? (internet?.InternetMaxBandwidthOut ?? 0) > 0,
      BandwidthPackageId: internet?.BandwidthPackageId ?? '',
      InternetServiceProvider: internet?.InternetServiceProvider ?? '',
      IPv4AddressType: internet?.IPv4AddressType ?? '',
      IPv6AddressType: internet?.IPv6AddressType ?? '',
      AntiDDoSPackageId: internet?.AntiDDoSPackageId ?? '',
    },
    VirtualPrivateCloud: {
      VpcId: vpc?.VpcId ?? '',
      SubnetId: vpc?.SubnetId ?? '',
      AsVpcGateway: vpc?.AsVpcGateway ?? false,
      PrivateIpAddresses: [...(vpc?.PrivateIpAddresses ?? [])],
      Ipv6AddressCount: vpc?.Ipv6AddressCount ?? 0,
    },
    ImageId: data.ImageId,
    SecurityGroupIds: [...(data.SecurityGroupIds ?? [])],
    LoginSettings: { KeyIds: [...(data.LoginSettings?.KeyIds ?? [])], KeepImageLogin: data.LoginSettings?.KeepImageLogin ?? '' },
    CamRoleName: data.CamRoleName ?? '',
    HpcClusterId: data.HpcClusterId ?? '',
    InstanceCount: data.InstanceCount ?? 1,
    EnhancedService: {
      SecurityService: { Enabled: enhanced?.SecurityService?.Enabled ?? true },
      MonitorService: { Enabled: enhanced?.MonitorService?.Enabled ?? true },
      AutomationService: { Enabled: enhanced?.AutomationService?.Enabled ?? false },
    },
    UserData: data.UserData ?? '',
    DisasterRecoverGroupIds: [...(data.DisasterRecoverGroupIds ?? [])],
    ActionTimer: {
      TimerAction: timer?.TimerAction ?? '',
      ActionTime: timer?.ActionTime ?? '',
      Externals: {
        ReleaseAddress: externals?.ReleaseAddress ?? false,
        UnsupportNetworks: [...(externals?.UnsupportNetworks ?? [])],
        StorageBlockAttr: { Type: externals?.StorageBlockAttr?.Type ?? '', MinSize: externals?.StorageBlockAttr?.MinSize ?? 0, MaxSize: externals?.StorageBlockAttr?.MaxSize ?? 0 },
      },
      ActionTimerId: timer?.ActionTimerId ?? '',
      Status: timer?.Status ?? '',
      InstanceId: timer?.InstanceId ?? '',
    },
    InstanceMarketOptions: {
      SpotOptions: { MaxPrice: market?.SpotOptions.MaxPrice ?? '', SpotInstanceType: market?.SpotOptions.SpotInstanceType ?? '' },
      MarketType: market?.MarketType ?? '',
    },
    HostName: data.HostName ?? '',
    ClientToken: data.ClientToken ?? '',
    InstanceChargePrepaid: { Period: data.InstanceChargePrepaid?.Period ?? 0, RenewFlag: data.InstanceChargePrepaid?.RenewFlag ?? '' },
    TagSpecification: (data.TagSpecification ?? []).map((spec) => ({ ResourceType: spec.ResourceType, Tags: spec.Tags.map((tag) => ({ ...tag })) })),
    DisableApiTermination: data.DisableApiTermination ?? false,
  };
}

export function versionInfo(world: World, template: LaunchTemplateRecord, version: LaunchTemplateVersionRecord): LaunchTemplateVersionInfo {
  return {
    LaunchTemplateVersion: version.number,
    LaunchTemplateVersionData: versionDataAnswer(version.data),
    CreationTime: cloudTime(version.createdAt),
    LaunchTemplateId: template.id,
    IsDefaultVersion: version.number === template.defaultVersion,
    LaunchTemplateVersionDescription: version.description,
    CreatedBy: world.account.uin,
  };
}
