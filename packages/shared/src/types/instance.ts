// Shapes of CVM 2017-03-12 data structures, spelled exactly as the cloud spells them
// (reference 36936–37225 Instance, 37338 InstanceStatus, 38346 Placement, 39174 SystemDisk, 36151 DataDisk).

export const INSTANCE_STATES = [
  'PENDING',
  'LAUNCH_FAILED',
  'RUNNING',
  'STOPPED',
  'STARTING',
  'STOPPING',
  'REBOOTING',
  'SHUTDOWN',
  'TERMINATING',
  'ENTER_RESCUE_MODE',
  'RESCUE_MODE',
  'EXIT_RESCUE_MODE',
  'ENTER_SERVICE_LIVE_MIGRATE',
  'SERVICE_LIVE_MIGRATE',
  'EXIT_SERVICE_LIVE_MIGRATE',
] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

/** States an instance passes through on its way somewhere else; a console polls only these. */
export const TRANSITIONAL_STATES: readonly InstanceState[] = [
  'PENDING',
  'STARTING',
  'STOPPING',
  'REBOOTING',
  'TERMINATING',
  'ENTER_RESCUE_MODE',
  'EXIT_RESCUE_MODE',
  'ENTER_SERVICE_LIVE_MIGRATE',
  'SERVICE_LIVE_MIGRATE',
  'EXIT_SERVICE_LIVE_MIGRATE',
];

export const INSTANCE_CHARGE_TYPES = ['PREPAID', 'POSTPAID_BY_HOUR', 'CDHPAID', 'SPOTPAID', 'CDCPAID'] as const;
export type InstanceChargeType = (typeof INSTANCE_CHARGE_TYPES)[number];

export const INTERNET_CHARGE_TYPES = ['BANDWIDTH_PREPAID', 'TRAFFIC_POSTPAID_BY_HOUR', 'BANDWIDTH_POSTPAID_BY_HOUR', 'BANDWIDTH_PACKAGE'] as const;
export type InternetChargeType = (typeof INTERNET_CHARGE_TYPES)[number];

export const DISK_TYPES = ['LOCAL_BASIC', 'LOCAL_SSD', 'CLOUD_BASIC', 'CLOUD_SSD', 'CLOUD_PREMIUM', 'CLOUD_BSSD', 'CLOUD_HSSD', 'CLOUD_TSSD'] as const;
export type DiskType = (typeof DISK_TYPES)[number];

export interface Placement {
  Zone: string;
  ProjectId: number;
  /** The dedicated host the instance runs on; empty when it runs on none. */
  HostId?: string | null;
  HostIds?: string[];
  DedicatedResourcePackTenancy?: string;
  DedicatedResourcePackIds?: string[];
  RackId?: string;
}

export interface SystemDisk {
  DiskType: DiskType;
  DiskId: string;
  DiskSize: number;
  CdcId?: string | null;
  DiskName?: string;
  Encrypt?: boolean;
  KmsKeyId?: string;
}

export interface DataDisk {
  DiskSize: number;
  DiskType: DiskType;
  DiskId: string;
  DeleteWithInstance: boolean;
  SnapshotId?: string | null;
  Encrypt: boolean;
  KmsKeyId: string | null;
  ThroughputPerformance: number | null;
  CdcId?: string | null;
  DiskName?: string;
  BurstPerformance?: boolean;
}

export interface InternetAccessible {
  InternetChargeType: InternetChargeType | null;
  InternetMaxBandwidthOut: number;
  PublicIpAssigned?: boolean;
  BandwidthPackageId?: string | null;
  /** The line of the public IP: BGP, or a single carrier's (CMCC, CTCC, CUCC). */
  InternetServiceProvider?: string;
  /** WanIP, HighQualityEIP or AntiDDoSEIP. */
  IPv4AddressType?: string;
  /** EIPv6 or HighQualityEIPv6; empty without a public IPv6 address. */
  IPv6AddressType?: string;
  AntiDDoSPackageId?: string;
}

export interface VirtualPrivateCloud {
  VpcId: string;
  SubnetId: string;
  AsVpcGateway: boolean;
  PrivateIpAddresses?: string[];
  Ipv6AddressCount?: number;
}

export interface LoginSettings {
  KeyIds: string[] | null;
  /** 'true' when the instance kept its custom image's own login settings. */
  KeepImageLogin?: 'true' | 'false';
}

export interface Tag {
  Key: string;
  Value: string;
}

export type RestrictState = 'NORMAL' | 'EXPIRED' | 'PROTECTIVELY_ISOLATED';
export type IsolatedSource = 'ARREAR' | 'EXPIRE' | 'MANMADE' | 'NOTISOLATED';
export type StopChargingMode = 'KEEP_CHARGING' | 'STOP_CHARGING' | 'NOT_APPLICABLE';
export type OperationState = 'SUCCESS' | 'OPERATING' | 'FAILED';
export type RenewFlag = 'NOTIFY_AND_MANUAL_RENEW' | 'NOTIFY_AND_AUTO_RENEW' | 'DISABLE_NOTIFY_AND_MANUAL_RENEW';

/** The instance's CPU as cores and threads per core (ThreadPerCore 2: hyper-threading on). */
export interface CpuTopology {
  CoreCount: number | null;
  ThreadPerCore: number | null;
}

/** Custom metadata given at purchase (RunInstances' Metadata). */
export interface Metadata {
  Items: { Key: string; Value: string }[];
}

export interface GPUInfo {
  GPUCount: number;
  GPUId: string[];
  GPUType: string;
}

export interface Instance {
  Placement: Placement;
  InstanceId: string;
  InstanceType: string;
  CPU: number;
  Memory: number;
  RestrictState: RestrictState;
  InstanceName: string;
  InstanceChargeType: InstanceChargeType;
  SystemDisk: SystemDisk;
  DataDisks: DataDisk[];
  PrivateIpAddresses: string[];
  PublicIpAddresses: string[] | null;
  InternetAccessible: InternetAccessible;
  VirtualPrivateCloud: VirtualPrivateCloud;
  ImageId: string;
  RenewFlag: RenewFlag | null;
  CreatedTime: string;
  ExpiredTime: string | null;
  OsName: string;
  SecurityGroupIds: string[];
  LoginSettings: LoginSettings;
  InstanceState: InstanceState;
  Tags: Tag[];
  StopChargingMode: StopChargingMode;
  Uuid: string;
  LatestOperation: string | null;
  LatestOperationState: OperationState | null;
  LatestOperationRequestId: string | null;
  LatestOperationErrorMsg: string | null;
  DisasterRecoverGroupId: string;
  IPv6Addresses: string[] | null;
  CamRoleName: string | null;
  HpcClusterId: string;
  RdmaIpAddresses: string[] | null;
  DedicatedClusterId: string;
  IsolatedSource: IsolatedSource;
  GPUInfo?: GPUInfo | null;
  LicenseType: string;
  DisableApiTermination: boolean;
  DefaultLoginUser: string;
  DefaultLoginPort: number;
  /** The placement groups (at most one); DisasterRecoverGroupId is the older single field. */
  DisasterRecoverGroupIds?: string[];
  /** The operating system's host name: given at purchase or by ModifyInstancesAttribute, or the cloud's default. */
  HostName?: string;
  EnableJumboFrame?: boolean;
  Metadata?: Metadata;
  PublicIPv6Addresses?: string[];
  CpuTopology?: CpuTopology;
  /** The partition of a partition placement group; 0 outside one. */
  PartitionNumber?: number;
}

export interface InstanceStatus {
  InstanceId: string;
  InstanceState: InstanceState;
}
