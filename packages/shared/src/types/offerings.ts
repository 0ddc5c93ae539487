import type { InstanceChargeType } from './instance.ts';
import type { ItemPrice } from './pricing.ts';

// What can be bought where: instance-type offerings per zone, key pairs and purchase quotas
// (reference 37463 InstanceTypeQuotaItem, 37733 KeyPair; AccountQuota as the official SDK models it).

export type StockCategory = 'EnoughStock' | 'NormalStock' | 'UnderStock' | 'WithoutStock';

export interface LocalDiskType {
  Type: string;
  PartitionType: string;
  MinSize: number;
  MaxSize: number;
  Required: 'REQUIRED' | 'OPTIONAL';
}

export interface InstanceTypeQuotaItem {
  Zone: string;
  InstanceType: string;
  InstanceChargeType: InstanceChargeType;
  NetworkCard: number;
  Externals: Record<string, unknown>;
  Cpu: number;
  Memory: number;
  InstanceFamily: string;
  TypeName: string;
  LocalDiskTypeList: LocalDiskType[];
  Status: 'SELL' | 'SOLD_OUT';
  Price: ItemPrice;
  SoldOutReason: string;
  InstanceBandwidth: number;
  InstancePps: number;
  StorageBlockAmount: number;
  CpuType: string;
  Gpu: number;
  Fpga: number;
  Remark: string;
  GpuCount: number;
  Frequency: string;
  StatusCategory: StockCategory;
}

export interface KeyPair {
  KeyId: string;
  KeyName: string;
  ProjectId: number;
  Description: string;
  PublicKey: string;
  AssociatedInstanceIds: string[];
  CreatedTime: string;
  Tags: { Key: string; Value: string }[];
}

export interface PostPaidQuota {
  UsedQuota: number;
  RemainingQuota: number;
  TotalQuota: number;
  Zone: string;
}

export interface PrePaidQuota extends PostPaidQuota {
  /** Most instances one purchase may create. */
  OnceQuota: number;
}

export interface AccountQuota {
  PostPaidQuotaSet: PostPaidQuota[];
  PrePaidQuotaSet: PrePaidQuota[];
  SpotPaidQuotaSet: PostPaidQuota[];
  ImageQuotaSet: { UsedQuota: number; TotalQuota: number }[];
  DisasterRecoverGroupQuotaSet: { GroupQuota: number; CurrentNum: number; CvmInHostGroupQuota: number; CvmInSwitchGroupQuota: number; CvmInRackGroupQuota: number }[];
}

export interface AccountQuotaOverview {
  Region: string;
  AccountQuota: AccountQuota;
}
