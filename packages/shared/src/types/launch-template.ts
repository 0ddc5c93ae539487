import type { Tag } from './instance.ts';

// Launch templates (reference 31644–34100; structures 37935–38124): a name and numbered versions, each version the
// parameters of a purchase. Every field of the answers is sent; a field the version does not set is answered empty
// ("", 0, false, [] or an object of such), as the reference's example answers an unset KmsKeyId "".

/** DescribeLaunchTemplates' LaunchTemplateInfo (37953). */
export interface LaunchTemplateInfo {
  /** The highest version number the template has. */
  LatestVersionNumber: number;
  LaunchTemplateId: string;
  LaunchTemplateName: string;
  DefaultVersionNumber: number;
  /** How many versions it has now. */
  LaunchTemplateVersionCount: number;
  /** The UIN of the account that made it. */
  CreatedBy: string;
  CreationTime: string;
}

export interface LaunchTemplatePlacement {
  Zone: string;
  ProjectId: number;
  HostIds: string[];
  HostId: string;
  DedicatedResourcePackTenancy: string;
  DedicatedResourcePackIds: string[];
  RackId: string;
}

export interface LaunchTemplateSystemDisk {
  /** "" when the version leaves the disk to the cloud's default. */
  DiskType: string;
  DiskId: string;
  DiskSize: number;
  CdcId: string | null;
  DiskName: string;
  Encrypt: boolean;
  KmsKeyId: string;
}

export interface LaunchTemplateDataDisk {
  DiskSize: number;
  DiskType: string;
  DiskId: string;
  DeleteWithInstance: boolean;
  SnapshotId: string;
  Encrypt: boolean;
  KmsKeyId: string | null;
  ThroughputPerformance: number | null;
  CdcId: string | null;
  BurstPerformance: boolean;
  DiskName: string;
}

export interface LaunchTemplateInternetAccessible {
  InternetChargeType: string;
  InternetMaxBandwidthOut: number;
  PublicIpAssigned: boolean;
  BandwidthPackageId: string;
  InternetServiceProvider: string;
  IPv4AddressType: string;
  IPv6AddressType: string;
  AntiDDoSPackageId: string;
}

export interface LaunchTemplateVirtualPrivateCloud {
  VpcId: string;
  SubnetId: string;
  AsVpcGateway: boolean;
  PrivateIpAddresses: string[];
  Ipv6AddressCount: number;
}

/** LaunchTemplateVersionData (37998): the purchase a version holds. Its login settings answer the keys only, never a password. */
export interface LaunchTemplateVersionData {
  Placement: LaunchTemplatePlacement;
  InstanceType: string;
  InstanceName: string;
  InstanceChargeType: string;
  SystemDisk: LaunchTemplateSystemDisk;
  DataDisks: LaunchTemplateDataDisk[];
  InternetAccessible: LaunchTemplateInternetAccessible;
  VirtualPrivateCloud: LaunchTemplateVirtualPrivateCloud;
  ImageId: string;
  SecurityGroupIds: string[];
  LoginSettings: { KeyIds: string[] | null; KeepImageLogin: string };
  CamRoleName: string;
  HpcClusterId: string;
  InstanceCount: number;
  EnhancedService: { SecurityService: { Enabled: boolean }; MonitorService: { Enabled: boolean }; AutomationService: { Enabled: boolean } };
  UserData: string;
  DisasterRecoverGroupIds: string[];
  ActionTimer: {
    TimerAction: string;
    ActionTime: string;
    Externals: { ReleaseAddress: boolean; UnsupportNetworks: string[]; StorageBlockAttr: { Type: string; MinSize: number; MaxSize: number } };
    ActionTimerId: string;
    Status: string;
    InstanceId: string;
  };
  InstanceMarketOptions: { SpotOptions: { MaxPrice: string; SpotInstanceType: string }; MarketType: string };
  HostName: string;
  ClientToken: string;
  InstanceChargePrepaid: { Period: number; RenewFlag: string };
  TagSpecification: { ResourceType: string; Tags: Tag[] }[];
  DisableApiTermination: boolean;
}

/** DescribeLaunchTemplateVersions' LaunchTemplateVersionInfo (38124). */
export interface LaunchTemplateVersionInfo {
  LaunchTemplateVersion: number;
  LaunchTemplateVersionData: LaunchTemplateVersionData;
  CreationTime: string;
  LaunchTemplateId: string;
  IsDefaultVersion: boolean;
  LaunchTemplateVersionDescription: string;
  CreatedBy: string;
}
