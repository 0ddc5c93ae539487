import type { AccountQuotaOverview, InstanceTypeQuotaItem, KeyPair, Price, WithRequestId } from '../types/index.ts';
import { DISK_TYPES, INTERNET_CHARGE_TYPES } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { chargePrepaidSchema, filtersSchema, idListSchema, limitSchema, offsetSchema, placementSchema } from './common-params.ts';

// Buying instances: RunInstances (8550), its price (InquiryPriceRunInstances 11964), what each zone sells
// (DescribeZoneInstanceConfigInfos), key pairs (DescribeKeyPairs) and purchase quotas (DescribeAccountQuota).
// The schemas check shape and types; the documented business rules (password complexity, name length, disk sizes,
// networks, stock, quota) are the cloud's to refuse, with its own codes.
const service = 'cvm';
const version = '2017-03-12';

const tag = (z: Zod) => z.strictObject({ Key: z.string(), Value: z.string() });

// The SDK's structures are the answers' too: a request may carry every field of them. The fields a purchase does not
// read are taken and not applied (the emulator's README lists them): Placement's resource-pool fields (no resource
// pools; RackId is "仅用于出参"), the disks' DiskId (a new instance's disks get new IDs), the line and address types of
// InternetAccessible (public IPs are BGP WanIP), the answer-only fields of ActionTimer.
const systemDisk = (z: Zod) =>
  z.strictObject({
    DiskType: z.enum(DISK_TYPES).optional(),
    DiskId: z.string().optional(),
    DiskSize: z.number().int().optional(),
    DiskName: z.string().max(128).optional(),
    CdcId: z.string().optional(),
    Encrypt: z.boolean().optional(),
    KmsKeyId: z.string().optional(),
  });

const dataDisk = (z: Zod) =>
  z.strictObject({
    DiskSize: z.number().int(),
    DiskType: z.enum([...DISK_TYPES, 'LOCAL_NVME', 'LOCAL_PRO']).optional(),
    DiskId: z.string().optional(),
    DeleteWithInstance: z.boolean().optional(),
    SnapshotId: z.string().optional(),
    Encrypt: z.boolean().optional(),
    KmsKeyId: z.string().optional(),
    ThroughputPerformance: z.number().int().optional(),
    CdcId: z.string().optional(),
    BurstPerformance: z.boolean().optional(),
    DiskName: z.string().max(128).optional(),
  });

const virtualPrivateCloud = (z: Zod) =>
  z.strictObject({
    VpcId: z.string().min(1),
    SubnetId: z.string().min(1),
    AsVpcGateway: z.boolean().optional(),
    PrivateIpAddresses: z.array(z.string()).optional(),
    Ipv6AddressCount: z.number().int().min(0).optional(),
  });

const internetAccessible = (z: Zod) =>
  z.strictObject({
    InternetChargeType: z.enum(INTERNET_CHARGE_TYPES).optional(),
    InternetMaxBandwidthOut: z.number().int().min(0).optional(),
    PublicIpAssigned: z.boolean().optional(),
    BandwidthPackageId: z.string().optional(),
    InternetServiceProvider: z.string().optional(),
    IPv4AddressType: z.string().optional(),
    IPv6AddressType: z.string().optional(),
    AntiDDoSPackageId: z.string().optional(),
  });

const loginSettings = (z: Zod) =>
  z.strictObject({
    Password: z.string().optional(),
    KeyIds: z.array(z.string()).optional(),
    KeepImageLogin: z.enum(['true', 'false']).optional(),
  });

const enabled = (z: Zod) => z.strictObject({ Enabled: z.boolean().optional() });

/**
 * One interface of a purchase (the SDK's NetworkInterfaces; instead of VirtualPrivateCloud): exactly one PRIMARY, the
 * instance's own, and SECONDARY ones created (or, with NetworkInterfaceId, taken) and bound with it. The rules are the
 * emulator's to refuse with the cloud's codes.
 */
const purchaseInterface = (z: Zod) =>
  z.strictObject({
    InterfaceType: z.string().min(1),
    VpcId: z.string().min(1),
    SubnetId: z.string().min(1),
    PrivateIpv4AddressCount: z.number().int(),
    NetworkInterfaceId: z.string().optional(),
    SecurityGroupIds: z.array(z.string().min(1)).optional(),
    DeleteWithInstance: z.boolean().optional(),
  });

/** Parameters RunInstances and InquiryPriceRunInstances share. */
const purchaseParams = (z: Zod) => ({
  Placement: placementSchema(z).optional(),
  ImageId: z.string().min(1).optional(),
  InstanceChargeType: z.enum(['PREPAID', 'POSTPAID_BY_HOUR', 'CDHPAID', 'SPOTPAID', 'CDCPAID']).optional(),
  InstanceChargePrepaid: chargePrepaidSchema(z).optional(),
  InstanceType: z.string().min(1).optional(),
  SystemDisk: systemDisk(z).optional(),
  DataDisks: z.array(dataDisk(z)).max(21).optional(),
  VirtualPrivateCloud: virtualPrivateCloud(z).optional(),
  InternetAccessible: internetAccessible(z).optional(),
  InstanceName: z.string().optional(),
  LoginSettings: loginSettings(z).optional(),
  SecurityGroupIds: z.array(z.string().min(1)).max(5).optional(),
  EnhancedService: z.strictObject({ SecurityService: enabled(z).optional(), MonitorService: enabled(z).optional(), AutomationService: enabled(z).optional() }).optional(),
  ClientToken: z.string().optional(),
  HostName: z.string().optional(),
  TagSpecification: z.array(z.strictObject({ ResourceType: z.string().min(1), Tags: z.array(tag(z)) })).optional(),
  InstanceMarketOptions: z
    .strictObject({
      MarketType: z.string().optional(),
      SpotOptions: z.strictObject({ MaxPrice: z.string(), SpotInstanceType: z.string().optional() }),
    })
    .optional(),
  HpcClusterId: z.string().optional(),
  CpuTopology: z.strictObject({ CoreCount: z.number().int().optional(), ThreadPerCore: z.number().int().optional() }).optional(),
  LaunchTemplate: z.strictObject({ LaunchTemplateId: z.string(), LaunchTemplateVersion: z.number().int().optional() }).optional(),
  Metadata: z.strictObject({ Items: z.array(z.strictObject({ Key: z.string(), Value: z.string() })) }).optional(),
  NetworkInterfaces: z.array(purchaseInterface(z)).optional(),
});

export const InquiryPriceRunInstances = defineAction<{ Price: Price }>()({
  service,
  version,
  action: 'InquiryPriceRunInstances',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 11970' },
  // Prices move with the cloud's price list, not with the account: one quote serves the whole team for ten minutes
  // (the overview prices a fleet one configuration at a time, at ten a second).
  shareSeconds: 600,
  params: (z) =>
    z.strictObject({
      ...purchaseParams(z),
      InstanceCount: z.number().int().min(1).max(100).optional(),
    }),
});

export const RunInstances = defineAction<WithRequestId & { InstanceIdSet: string[] }>()({
  service,
  version,
  action: 'RunInstances',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 8570' },
  idempotencyToken: 'ClientToken',
  params: (z) =>
    z.strictObject({
      ...purchaseParams(z),
      InstanceCount: z.number().int().min(1).max(500).optional(),
      UserData: z.string().optional(),
      DryRun: z.boolean().optional(),
      DisableApiTermination: z.boolean().optional(),
      DisasterRecoverGroupIds: z.array(z.string()).max(1).optional(),
      CamRoleName: z.string().optional(),
      DedicatedClusterId: z.string().optional(),
      ChcIds: z.array(z.string()).optional(),
      EnableJumboFrame: z.boolean().optional(),
      /** Buy at least this many when the quota allows fewer than InstanceCount (≤ InstanceCount). */
      MinCount: z.number().int().min(1).optional(),
      /** A partition of the partition placement group named in DisasterRecoverGroupIds (1–10). */
      PartitionNumber: z.number().int().min(1).max(10).optional(),
      ActionTimer: z
        .strictObject({
          TimerAction: z.string().optional(),
          ActionTime: z.string().optional(),
          Externals: z.record(z.string(), z.unknown()).optional(),
          ActionTimerId: z.string().optional(),
          Status: z.string().optional(),
          InstanceId: z.string().optional(),
        })
        .optional(),
    }),
});

/** Filters zone, instance-family, instance-type, instance-charge-type and sort-keys; ≤10 Filters × ≤100 Values. */
export const DescribeZoneInstanceConfigInfos = defineAction<{ InstanceTypeQuotaSet: InstanceTypeQuotaItem[] }>()({
  service,
  version,
  action: 'DescribeZoneInstanceConfigInfos',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 40, source: '001 line 20578' },
  params: (z) => z.strictObject({ Filters: filtersSchema(z, 10, 100).optional() }),
});

/** KeyIds and Filters are mutually exclusive; Limit ≤ 100. */
export const DescribeKeyPairs = defineAction<{ TotalCount: number; KeyPairSet: KeyPair[] }>()({
  service,
  version,
  action: 'DescribeKeyPairs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 28517' },
  params: (z) =>
    z.strictObject({
      KeyIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
    }),
});

/** Filters zone and quota-type. */
export const DescribeAccountQuota = defineAction<{ AppId: number; AccountQuotaOverview: AccountQuotaOverview }>()({
  service,
  version,
  action: 'DescribeAccountQuota',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 16578' },
  params: (z) => z.strictObject({ Filters: filtersSchema(z, 10, 100).optional() }),
});
