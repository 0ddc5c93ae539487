import type { CpuTopology, DataDisk, DiskType, Instance, Metadata, InstanceChargeType, InstanceState, InternetChargeType, RenewFlag, Tag } from '@cvm/shared';
import { defaultSubnet } from '../network/region-network.ts';
import type { Subnet } from '../network/subnet-addresses.ts';
import type { InstanceRecord } from './instance-record.ts';
import type { SeedInstanceType } from '../seed/instance-types.ts';
import type { RegionWorld, World } from './world.ts';
import { resourceId, uuid } from './random.ts';
import { addMonths, cloudTime } from './cloud-time.ts';
import { findImage } from '../services/cvm/images/image-store.ts';

export interface InstanceSpec {
  name: string;
  zone: string;
  instanceType: string;
  imageId: string;
  state: InstanceState;
  chargeType?: InstanceChargeType;
  createdAt: number;
  /** Months a prepaid instance was bought for; it expires that long after creation. */
  periodMonths?: number;
  systemDisk?: { type: DiskType; size: number; name?: string; encrypt?: boolean; kmsKeyId?: string };
  dataDisks?: { type: DiskType; size: number; deleteWithInstance?: boolean; encrypt?: boolean; kmsKeyId?: string; name?: string }[];
  bandwidthOut?: number;
  internetChargeType?: InternetChargeType;
  tags?: Tag[];
  keyIds?: string[];
  projectId?: number;
  latestOperation?: { name: string; state: 'SUCCESS' | 'OPERATING' | 'FAILED'; requestId: string; errorMessage?: string };
  disableApiTermination?: boolean;
  /** The subnet (and so the VPC); the default VPC's subnet in the zone when absent. */
  subnet?: Subnet;
  /** A private IP already reserved in the subnet; otherwise the next free one is handed out. */
  privateIp?: string;
  securityGroupIds?: string[];
  /** False keeps a public IP away even with bandwidth (RunInstances' PublicIpAssigned). */
  publicIpAssigned?: boolean;
  renewFlag?: RenewFlag;
  /** Given at purchase; otherwise DescribeInstances answers the default one (state/instance-answer.ts). */
  hostName?: string;
  /** Given at purchase; otherwise the type's default layout is answered. */
  cpuTopology?: CpuTopology;
  /** Given at purchase with items; otherwise none are answered. */
  metadata?: Metadata;
  /** The custom image's own login settings were kept (LoginSettings.KeepImageLogin "true"). */
  keepImageLogin?: boolean;
  enableJumboFrame?: boolean;
  /** The type itself, when it is none of the zone's: a dedicated host's custom configuration (CDH_1C1G). */
  type?: SeedInstanceType;
}

/** Builds a complete Instance exactly as DescribeInstances returns it (reference 36936–37225). */
export function buildInstance(world: World, region: RegionWorld, spec: InstanceSpec): InstanceRecord {
  // CreatedTime has whole seconds; keep the record's time identical so the creation-time filters agree with it.
  spec = { ...spec, createdAt: Math.floor(spec.createdAt / 1000) * 1000 };
  const subnet = spec.subnet ?? defaultSubnet(region.network, spec.zone);
  if (!subnet) throw new Error(`zone ${spec.zone} is not in ${region.seed.region}`);
  const type = spec.type ?? region.zoneTypes.get(spec.zone)?.find((t) => t.InstanceType === spec.instanceType);
  if (!type) throw new Error(`instance type ${spec.instanceType} is not sold in ${spec.zone}`);
  const image = findImage(world, region, spec.imageId);
  if (!image) throw new Error(`image ${spec.imageId} does not exist`);

  const chargeType = spec.chargeType ?? 'POSTPAID_BY_HOUR';
  const prepaid = chargeType === 'PREPAID';
  const bandwidth = spec.bandwidthOut ?? 0;
  const windows = image.Platform === 'Windows';
  const launched = spec.state !== 'PENDING' && spec.state !== 'LAUNCH_FAILED';
  const expires = prepaid ? addMonths(spec.createdAt, spec.periodMonths ?? 1) : undefined;
  const dataDisks: DataDisk[] = (spec.dataDisks ?? []).map((disk) => ({
    DiskSize: disk.size,
    DiskType: disk.type,
    DiskId: resourceId('disk', world.random),
    DeleteWithInstance: disk.deleteWithInstance ?? !prepaid,
    SnapshotId: null,
    Encrypt: disk.encrypt ?? false,
    KmsKeyId: disk.kmsKeyId ?? null,
    ThroughputPerformance: 0,
    CdcId: null,
    DiskName: disk.name ?? '',
  }));
  const privateIp = spec.privateIp ?? (launched || spec.state === 'PENDING' ? world.allocatePrivateIp(subnet) : undefined);
  const publicIp = bandwidth > 0 && launched && spec.publicIpAssigned !== false ? world.allocatePublicIp() : undefined;

  const instance: Instance = {
    Placement: { Zone: spec.zone, ProjectId: spec.projectId ?? 0, HostId: null },
    InstanceId: resourceId('ins', world.random),
    InstanceType: type.InstanceType,
    CPU: type.CPU,
    Memory: type.Memory,
    RestrictState: spec.state === 'SHUTDOWN' && prepaid ? 'EXPIRED' : 'NORMAL',
    InstanceName: spec.name,
    InstanceChargeType: chargeType,
    SystemDisk: {
      DiskType: spec.systemDisk?.type ?? 'CLOUD_BSSD',
      DiskId: resourceId('disk', world.random),
      DiskSize: spec.systemDisk?.size ?? Math.max(50, image.ImageSize),
      CdcId: null,
      DiskName: spec.systemDisk?.name ?? '',
      // Kept only when the purchase asked for encryption (the answer says false otherwise: state/instance-answer.ts).
      ...(spec.systemDisk?.encrypt ? { Encrypt: true, KmsKeyId: spec.systemDisk.kmsKeyId ?? '' } : {}),
    },
    DataDisks: dataDisks,
    PrivateIpAddresses: privateIp ? [privateIp] : [],
    PublicIpAddresses: publicIp ? [publicIp] : null,
    InternetAccessible: {
      InternetChargeType: bandwidth > 0 ? (spec.internetChargeType ?? (prepaid ? 'BANDWIDTH_PREPAID' : 'TRAFFIC_POSTPAID_BY_HOUR')) : null,
      InternetMaxBandwidthOut: bandwidth,
      PublicIpAssigned: bandwidth > 0 && spec.publicIpAssigned !== false,
      BandwidthPackageId: null,
    },
    VirtualPrivateCloud: {
      VpcId: subnet.info.VpcId,
      SubnetId: subnet.info.SubnetId,
      AsVpcGateway: false,
      PrivateIpAddresses: privateIp ? [privateIp] : [],
      Ipv6AddressCount: 0,
    },
    ImageId: image.ImageId,
    RenewFlag: prepaid ? (spec.renewFlag ?? 'NOTIFY_AND_MANUAL_RENEW') : null,
    CreatedTime: cloudTime(spec.createdAt),
    ExpiredTime: expires ? cloudTime(expires) : null,
    OsName: image.OsName,
    SecurityGroupIds: spec.securityGroupIds ?? [region.network.securityGroups[0]!.SecurityGroupId],
    LoginSettings: { KeyIds: windows ? null : (spec.keyIds ?? null), ...(spec.keepImageLogin ? { KeepImageLogin: 'true' as const } : {}) },
    InstanceState: spec.state,
    Tags: spec.tags ?? [],
    StopChargingMode: spec.state === 'STOPPED' ? (prepaid ? 'NOT_APPLICABLE' : 'KEEP_CHARGING') : 'NOT_APPLICABLE',
    Uuid: uuid(world.random),
    LatestOperation: spec.latestOperation?.name ?? null,
    LatestOperationState: spec.latestOperation?.state ?? null,
    LatestOperationRequestId: spec.latestOperation?.requestId ?? null,
    LatestOperationErrorMsg: spec.latestOperation?.errorMessage ?? null,
    DisasterRecoverGroupId: '',
    IPv6Addresses: null,
    CamRoleName: '',
    HpcClusterId: '',
    RdmaIpAddresses: null,
    DedicatedClusterId: '',
    IsolatedSource: spec.state === 'SHUTDOWN' ? (prepaid ? 'EXPIRE' : 'MANMADE') : 'NOTISOLATED',
    GPUInfo: type.GpuCount > 0 ? { GPUCount: type.GpuCount, GPUId: [], GPUType: type.GpuType } : null,
    LicenseType: 'TencentCloud',
    DisableApiTermination: spec.disableApiTermination ?? false,
    DefaultLoginUser: windows ? 'Administrator' : image.Platform === 'Ubuntu' ? 'ubuntu' : 'root',
    DefaultLoginPort: windows ? 3389 : 22,
  };
  // What a purchase gave: kept only when given, so the millions of generated instances do not hold the defaults.
  if (spec.hostName !== undefined) instance.HostName = spec.hostName;
  if (spec.cpuTopology) instance.CpuTopology = spec.cpuTopology;
  if (spec.metadata?.Items.length) instance.Metadata = spec.metadata;
  if (spec.enableJumboFrame !== undefined) instance.EnableJumboFrame = spec.enableJumboFrame;
  return { instance, createdAt: spec.createdAt };
}
