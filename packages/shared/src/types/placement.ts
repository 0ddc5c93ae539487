import type { Placement, RenewFlag, Tag } from './instance.ts';
import type { ItemPrice } from './pricing.ts';

// Placement groups (分散置放群组, reference 36287 DisasterRecoverGroup, 36350 DisasterRecoverGroupQuota) and dedicated
// hosts (CDH, 36504 HostItem, 36596 HostPriceInfo, 36606 HostResource), as the official SDK models them.

/** HOST spreads a group's instances over physical machines, SW over switches, RACK over racks. */
export const DISASTER_RECOVER_GROUP_TYPES = ['HOST', 'SW', 'RACK'] as const;
export type DisasterRecoverGroupType = (typeof DISASTER_RECOVER_GROUP_TYPES)[number];

export interface DisasterRecoverGroup {
  DisasterRecoverGroupId: string;
  Name: string;
  Type: DisasterRecoverGroupType;
  /** How many instances the group can hold: its spread limit, by type (DescribeDisasterRecoverGroupQuota). */
  CvmQuotaTotal: number;
  CurrentNum: number;
  InstanceIds: string[];
  CreateTime: string;
  /** How many of its instances may share one host, switch or rack (1–10). */
  Affinity: number;
  /** SPREAD, or PARTITION for a partition placement group. */
  Strategy: string;
  PartitionCount: number;
  Tags: Tag[];
}

export interface DisasterRecoverGroupQuotaAnswer {
  GroupQuota: number;
  CurrentNum: number;
  CvmInHostGroupQuota: number;
  /** The SDK's older name of CvmInSwitchGroupQuota. */
  CvmInSwGroupQuota: number;
  CvmInRackGroupQuota: number;
  CvmInSwitchGroupQuota: number;
}

/** PENDING while it is made, then RUNNING; EXPIRED past its term without automatic renewal. */
export type HostState = 'PENDING' | 'LAUNCH_FAILURE' | 'RUNNING' | 'EXPIRED';

export interface HostResource {
  CpuTotal: number;
  CpuAvailable: number;
  /** GiB. */
  MemTotal: number;
  MemAvailable: number;
  DiskTotal: number;
  DiskAvailable: number;
  DiskType: string;
  GpuTotal: number;
  GpuAvailable: number;
  ExclusiveOwner: string;
}

export interface HostItem {
  Placement: Placement;
  HostId: string;
  HostType: string;
  HostName: string;
  HostChargeType: string;
  RenewFlag: RenewFlag;
  CreatedTime: string;
  ExpiredTime: string;
  /** The instances bought onto the host. */
  InstanceIds: string[];
  HostState: HostState;
  HostIp: string;
  HostResource: HostResource;
  CageId: string;
  Tags: Tag[];
}

export interface HostPriceInfo {
  HostPrice: ItemPrice;
}
