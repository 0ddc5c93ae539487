import type { Placement, Tag, VirtualPrivateCloud, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, idListSchema, limitSchema, offsetSchema } from './common-params.ts';

// High-performance computing clusters ("高性能计算集群", reference 34906–35745, HpcClusterInfo 36670): the account's
// clusters in a zone, which HPC instances are bought into (RunInstances' HpcClusterId, 8904). CHC hosts ("云托付物理服务器",
// 22444–23930, ChcHost 35898): physical servers the account brought to the cloud, given an out-of-band (BMC) network and
// a deploy network in a VPC before a cloud host can be made on them. Names, counts, states and formats are the cloud's
// rules, checked by it with its own codes; the schemas check shapes. (ConvertOperatingSystems and ProgramFpgaImage,
// which act on instances, are cvm-os-and-fpga.ts: the instance list's actions load them, and nothing of this file.)
const service = 'cvm';
const version = '2017-03-12';

/** HpcClusterInfo (36670). CreateTime is ISO 8601 (`2020-06-02T07:36:04Z`). */
export interface HpcClusterInfo {
  HpcClusterId: string;
  Name: string;
  Remark: string;
  /** How many instances the cluster holds at most (集群下设备容量). */
  CvmQuotaTotal: number;
  Zone: string;
  /** How many it holds now. */
  CurrentNum: number;
  CreateTime: string;
  InstanceIds: string[];
  /** STANDARD (the default), CDC or CHC. */
  HpcClusterType: string;
  /** The CDC scenario's cluster ID; empty for the others. */
  HpcClusterBusinessId: string;
  /** The cluster network's mode, 0–32 ("一般取28，30"). */
  HpcClusterNetMode: number;
  Tags: Tag[];
}

/** The cluster types CreateHpcCluster takes (34950): STANDARD is the default. */
export const HPC_CLUSTER_TYPES = ['STANDARD', 'CDC', 'CHC'] as const;
/** Name: 1–60 characters (35319); Remark: 1–256 (35632). */
export const HPC_CLUSTER_NAME_MAX = 60;
export const HPC_CLUSTER_REMARK_MAX = 256;

/** ChcDeployExtraConfig (35870): how the deploy network boots the server into its MiniOS. */
export interface ChcDeployExtraConfig {
  MiniOsType: string;
  /** x86_legacy, arm_uefi (35884); the reference's example answers x86_uefi too. */
  BootType: string;
  BootFile?: string;
  NextServerAddress?: string;
}

/**
 * A CHC host's state (35921): INIT (imported, networks not both configured), READY (out-of-band and deploy networks
 * configured), PREPARED (a cloud host may be made on it), ONLINE (one is), OPERATING (a network change under way),
 * CLEAR_NETWORK_FAILED (clearing its networks failed).
 */
export const CHC_HOST_STATES = ['INIT', 'READY', 'PREPARED', 'ONLINE', 'OPERATING', 'CLEAR_NETWORK_FAILED'] as const;
export type ChcHostState = (typeof CHC_HOST_STATES)[number];

/** ChcHost (35898). Networks not configured are answered null. Times are `YYYY-MM-DD hh:mm:ss` as in the reference's example. */
export interface ChcHost {
  ChcId: string;
  InstanceName: string;
  SerialNumber: string;
  InstanceState: ChcHostState;
  DeviceType: string;
  Placement: Placement;
  BmcVirtualPrivateCloud: VirtualPrivateCloud | null;
  BmcIp: string;
  BmcSecurityGroupIds: string[];
  DeployVirtualPrivateCloud: VirtualPrivateCloud | null;
  DeployIp: string;
  DeploySecurityGroupIds: string[];
  CvmInstanceId: string;
  CreatedTime: string;
  HardwareDescription: string;
  CPU: number;
  /** GB. */
  Memory: number;
  Disk: string;
  BmcMAC: string;
  DeployMAC: string;
  /** HOSTING (托管) or TENANT (租赁). */
  TenantType: string;
  DeployExtraConfig: ChcDeployExtraConfig | null;
  Gpu: string;
  NetworkCard: string;
  IsPredefinedType: boolean;
  ChcInstanceType: string;
  ChcInstanceFamily: string;
  ChcInstanceFamilyName: string;
  ResaleAppId: string;
  ResaleAccountId: string;
  /** NOT_FOR_SALE, AVAILABLE or SOLD. */
  SaleStatus: string;
  Tags: Tag[];
  LatestOperation: string;
  LatestOperationErrorCode: string;
  LatestOperationErrorMsg: string;
  LatestOperationName: string;
  /** SUCCESS, OPERATING or FAILED. */
  LatestOperationState: string;
  ChcGatewayId: string;
  DedicatedClusterId: string;
  NetworkMode: string;
}

/** ChcHostDeniedActions (36104). */
export interface ChcHostDeniedActions {
  ChcId: string;
  State: string;
  DenyActions: string[];
}

const tagSpecification = (z: Zod) => z.array(z.strictObject({ ResourceType: z.string().min(1), Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })) })).optional();

const virtualPrivateCloud = (z: Zod) =>
  z.strictObject({
    VpcId: z.string().min(1),
    SubnetId: z.string().min(1),
    AsVpcGateway: z.boolean().optional(),
    /** One per host, in ChcIds' order (InvalidParameterValue.AmountNotEqual otherwise). */
    PrivateIpAddresses: z.array(z.string()).max(100).optional(),
    Ipv6AddressCount: z.number().int().min(0).optional(),
  });

const deployExtraConfig = (z: Zod) => z.strictObject({ MiniOsType: z.string(), BootType: z.string(), BootFile: z.string().optional(), NextServerAddress: z.string().optional() });

const chcIds = (z: Zod) => idListSchema(z, 100).min(1);

// --- HPC clusters -------------------------------------------------------------------------------------------------------

/** 34906: in a zone of the region; Remark, type and tags optional. */
export const CreateHpcCluster = defineAction<WithRequestId & { HpcClusterSet: HpcClusterInfo[] }>()({
  service,
  version,
  action: 'CreateHpcCluster',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 34912' },
  params: (z) =>
    z.strictObject({
      Zone: z.string(),
      Name: z.string(),
      Remark: z.string().optional(),
      HpcClusterType: z.string().optional(),
      HpcClusterBusinessId: z.string().optional(),
      TagSpecification: tagSpecification(z),
    }),
});

/** 35123: only clusters holding no instance ("当高性能计算集群为空…可以删除该集群"). */
export const DeleteHpcClusters = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteHpcClusters',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 35129' },
  params: (z) => z.strictObject({ HpcClusterIds: idListSchema(z, 100).min(1) }),
});

/** 35275: by IDs (≤ 100), name, zone, type, business ID, instance type and tag Filters; Limit 1–100, 20 by default. */
export const DescribeHpcClusters = defineAction<WithRequestId & { TotalCount: number; HpcClusterSet: HpcClusterInfo[] }>()({
  service,
  version,
  action: 'DescribeHpcClusters',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 35281' },
  params: (z) =>
    z.strictObject({
      HpcClusterIds: idListSchema(z, 100).optional(),
      Name: z.string().optional(),
      Zone: z.string().optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
      HpcClusterType: z.string().optional(),
      HpcClusterBusinessId: z.string().optional(),
      InstanceType: z.string().optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
    }),
});

/** 35595: a new Name (1–60) or Remark (1–256). */
export const ModifyHpcClusterAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyHpcClusterAttribute',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 20, source: '001 line 35601' },
  params: (z) => z.strictObject({ HpcClusterId: z.string().min(1), Name: z.string().optional(), Remark: z.string().optional() }),
});

// --- CHC hosts ----------------------------------------------------------------------------------------------------------
// The network changes act on the servers' out-of-band management and their boot network, and ModifyChcAttribute
// sets the BMC's login: an admin's, as ModifyInstancesVpcAttribute is.

/** 23523: ChcIds (≤ 100) or Filters (zone, instance-name, instance-state, device-type, vpc-id, subnet-id, sn), not both. */
export const DescribeChcHosts = defineAction<WithRequestId & { TotalCount: number; ChcHostSet: ChcHost[] }>()({
  service,
  version,
  action: 'DescribeChcHosts',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 23533' },
  params: (z) =>
    z.strictObject({
      ChcIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
      /** ≥ 0 and 1–100, checked by the cloud with this action's own codes (InvalidParameterValueOffset, …Limit). */
      Offset: z.number().int().optional(),
      Limit: z.number().int().optional(),
    }),
});

/** 22852: what each host's state forbids now. */
export const DescribeChcDeniedActions = defineAction<WithRequestId & { ChcHostDeniedActionSet: ChcHostDeniedActions[] }>()({
  service,
  version,
  action: 'DescribeChcDeniedActions',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: '001 line 22858' },
  params: (z) => z.strictObject({ ChcIds: chcIds(z) }),
});

/** 23048: name, device type, BMC user and password, BMC security groups (the last needs the out-of-band network). */
export const ModifyChcAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyChcAttribute',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 23054' },
  params: (z) =>
    z.strictObject({
      ChcIds: chcIds(z),
      InstanceName: z.string().optional(),
      DeviceType: z.string().optional(),
      BmcUser: z.string().optional(),
      Password: z.string().optional(),
      BmcSecurityGroupIds: idListSchema(z, 5).optional(),
    }),
});

/** 22444: the out-of-band (BMC) network, and the deploy network with it when given. */
export const ConfigureChcAssistVpc = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ConfigureChcAssistVpc',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 22450' },
  params: (z) =>
    z.strictObject({
      ChcIds: chcIds(z),
      BmcVirtualPrivateCloud: virtualPrivateCloud(z),
      BmcSecurityGroupIds: idListSchema(z, 5).optional(),
      DeployVirtualPrivateCloud: virtualPrivateCloud(z).optional(),
      DeploySecurityGroupIds: idListSchema(z, 5).optional(),
      ChcDeployExtraConfig: deployExtraConfig(z).optional(),
    }),
});

/** 22657: the deploy network of hosts whose out-of-band network is configured. */
export const ConfigureChcDeployVpc = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ConfigureChcDeployVpc',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 22663' },
  params: (z) =>
    z.strictObject({
      ChcIds: chcIds(z),
      DeployVirtualPrivateCloud: virtualPrivateCloud(z),
      DeploySecurityGroupIds: idListSchema(z, 5).optional(),
      ChcDeployExtraConfig: deployExtraConfig(z).optional(),
    }),
});

/** 23233: clears both networks. */
export const RemoveChcAssistVpc = defineAction<WithRequestId>()({
  service,
  version,
  action: 'RemoveChcAssistVpc',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 23239' },
  params: (z) => z.strictObject({ ChcIds: chcIds(z) }),
});

/** 23377: clears the deploy network. */
export const RemoveChcDeployVpc = defineAction<WithRequestId>()({
  service,
  version,
  action: 'RemoveChcDeployVpc',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 23383' },
  params: (z) => z.strictObject({ ChcIds: chcIds(z) }),
});
