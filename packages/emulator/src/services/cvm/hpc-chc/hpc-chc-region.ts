import type { Tag, VirtualPrivateCloud, cvmHpc } from '@cvm/shared';
import type { Subnet } from '../../../network/subnet-addresses.ts';
import { defaultSubnet } from '../../../network/region-network.ts';
import type { Change } from '../../../state/change-over-time/index.ts';
import { beijingTime } from '../../../state/cloud-time.ts';
import { resourceId, seededRandom, type Random } from '../../../state/random.ts';
import type { RegionWorld, World } from '../../../state/world.ts';

// What HPC clusters and CHC hosts keep per region. Kept beside the region's world rather than in it (keyed by it, as
// Batch keeps its compute environments), built on first use, so the rest of the emulator carries nothing of it; an
// instance only names its cluster (Instance.HpcClusterId). The CHC hosts are the account's own physical servers, a few
// seeded per region: they are never bought, only given networks.

export interface HpcClusterRecord {
  /** The stored fields; InstanceIds and CurrentNum are read from `members` when answered. */
  info: Omit<HpcClusterInfo, 'InstanceIds' | 'CurrentNum'>;
  /** Instances bought into it, oldest first; a terminated one is dropped when the cluster is next read. */
  members: string[];
  createdAt: number;
  /** The cluster's RDMA network: `<prefix>.<host>`, one address per instance (Instance.RdmaIpAddresses). */
  rdma: { prefix: string; nextHost: number };
}

/** What a CHC host's change can reach: its states. */
export type ChcTarget = ChcHostState;

/** The operations a host records as LatestOperation, with their names in both languages (LatestOperationName). */
export type ChcOperation = 'ConfigureChcAssistVpc' | 'ConfigureChcDeployVpc' | 'ChcPrepare' | 'RemoveChcAssistVpc' | 'RemoveChcDeployVpc';

export interface ChcHostRecord {
  /** The stored answer; LatestOperationName is written in the caller's language when answered. */
  host: ChcHost;
  operation?: ChcOperation;
  /** The change under way on the world's timeline, cleared when it ends: busy (OPERATING) while set. */
  change?: Change<ChcTarget>;
  /** The BMC's login user (ModifyChcAttribute BmcUser); no answer carries it, and the password is never kept. */
  bmcUser: string;
  createdAt: number;
}

export interface HpcChcRegion {
  clusters: Map<string, HpcClusterRecord>;
  hosts: Map<string, ChcHostRecord>;
  /** Counts clusters ever made here: each one's RDMA prefix. */
  clustersMade: number;
  random: Random;
}

type ChcDeployExtraConfig = cvmHpc.ChcDeployExtraConfig;
type ChcHost = cvmHpc.ChcHost;
type ChcHostState = cvmHpc.ChcHostState;
type HpcClusterInfo = cvmHpc.HpcClusterInfo;

/** A CHC host's ID: chc- and eight lower-case letters or digits. */
export const CHC_ID = /^chc-[a-z0-9]{8}$/;

const regions = new WeakMap<RegionWorld, HpcChcRegion>();

/** A fixed generator per region, so seeded IDs do not depend on which region is read first. */
function regionRandom(region: string): Random {
  let hash = 2020_06_02;
  for (const char of region) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619) >>> 0;
  return seededRandom(hash);
}

/** The region's clusters and hosts (the hosts seeded the first time anything asks). */
export function hpcChcOf(world: World, region: RegionWorld): HpcChcRegion {
  let state = regions.get(region);
  if (!state) {
    state = { clusters: new Map(), hosts: new Map(), clustersMade: 0, random: regionRandom(region.seed.region) };
    regions.set(region, state);
    seedChcHosts(world, region, state);
  }
  return state;
}

// --- CHC device models and the seeded hosts ---------------------------------------------------------------------------

interface DeviceModel {
  deviceType: string;
  cpu: number;
  memory: number;
  disk: string;
  gpu: string;
  networkCard: string;
  family: string;
  familyName: string;
  familyNameEn: string;
}

/** The servers' models: the reference's example (CHCS5, 23781) and a GPU one with RDMA cards. */
export const CHC_DEVICE_MODELS: readonly DeviceModel[] = [
  {
    deviceType: 'CHCS5',
    cpu: 64,
    memory: 256,
    disk: '480GB*2/3.84TB*12',
    gpu: '',
    networkCard: '',
    family: 'CHCS5',
    familyName: '高性能计算型CHCS5',
    familyNameEn: 'High Performance Computing CHCS5',
  },
  {
    deviceType: 'CHC_HS1',
    cpu: 96,
    memory: 768,
    disk: '960GB*2/7.68TB*4',
    gpu: '8 * NVIDIA A800',
    networkCard: 'ConnectX-6',
    family: 'CHCGNV4',
    familyName: 'GPU计算型CHCGNV4',
    familyNameEn: 'GPU Compute CHCGNV4',
  },
];

interface SeedHost {
  name: string;
  /** The zone's number in the region. */
  zone: number;
  model: string;
  /** none: INIT; assist: INIT with the out-of-band network; both: PREPARED with both networks. */
  networks: 'none' | 'assist' | 'both';
  ageDays: number;
  tags?: Tag[];
}

const SEED_HOSTS: Record<string, SeedHost[]> = {
  'ap-guangzhou': [
    { name: 'rack-a01', zone: 3, model: 'CHCS5', networks: 'none', ageDays: 40 },
    { name: 'rack-a02', zone: 3, model: 'CHCS5', networks: 'assist', ageDays: 40 },
    { name: 'rack-a03', zone: 3, model: 'CHCS5', networks: 'both', ageDays: 120, tags: [{ Key: 'team', Value: 'hpc' }] },
    { name: 'gpu-b01', zone: 6, model: 'CHC_HS1', networks: 'none', ageDays: 12 },
  ],
  'ap-shanghai': [
    { name: 'sh-rack-01', zone: 2, model: 'CHCS5', networks: 'assist', ageDays: 30 },
    { name: 'sh-rack-02', zone: 2, model: 'CHCS5', networks: 'none', ageDays: 30 },
    { name: 'sh-gpu-01', zone: 3, model: 'CHC_HS1', networks: 'both', ageDays: 75, tags: [{ Key: 'team', Value: 'ml' }] },
  ],
  'ap-beijing': [{ name: 'bj-rack-01', zone: 5, model: 'CHCS5', networks: 'both', ageDays: 200 }],
};

const DAY = 86_400_000;

/** `52:54:00:XX:XX:XX`, as the reference's example writes a MAC. */
function macAddress(random: Random): string {
  const octet = () =>
    Math.floor(random() * 256)
      .toString(16)
      .toUpperCase()
      .padStart(2, '0');
  return `52:54:00:${octet()}:${octet()}:${octet()}`;
}

const toInt = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/**
 * A free address near the top of the subnet, for a seeded host: the seed runs on first use, so it keeps clear of the
 * low addresses instances are handed (lowest first), whatever was bought before. None when the subnet is full (a region
 * filled with generated instances): the host is then seeded without that network.
 */
function seedAddress(subnet: Subnet, offset: number): string | undefined {
  const [base, bits] = subnet.info.CidrBlock.split('/') as [string, string];
  const top = toInt(base) + 2 ** (32 - Number(bits)) - 5;
  for (let n = top - offset; n > toInt(base) + 1; n--) {
    const ip = toIp(n);
    if (!subnet.used.has(ip)) return ip;
  }
  return undefined;
}

/** Takes an address of the subnet for a host (its BMC or deploy interface). */
export function takeAddress(subnet: Subnet, ip: string): void {
  subnet.used.add(ip);
  subnet.info.AvailableIpAddressCount = Math.max(0, subnet.info.AvailableIpAddressCount - 1);
}

/** Gives a host's address back to its subnet (a network removed, or a configuration that failed). */
export function releaseAddress(region: RegionWorld, vpc: VirtualPrivateCloud | null): void {
  const subnet = vpc && region.network.subnets.find((s) => s.info.SubnetId === vpc.SubnetId);
  for (const ip of vpc?.PrivateIpAddresses ?? []) if (subnet?.used.delete(ip)) subnet.info.AvailableIpAddressCount++;
}

export const DEFAULT_DEPLOY_CONFIG: ChcDeployExtraConfig = { MiniOsType: 'public', BootType: 'x86_legacy', BootFile: 'pxelinux.0', NextServerAddress: '169.254.68.10' };

function seedChcHosts(world: World, region: RegionWorld, state: HpcChcRegion): void {
  const random = state.random;
  const zones = region.seed.zones;
  const group = region.network.securityGroups[0]?.SecurityGroupId;
  let offset = 0;
  for (const seed of SEED_HOSTS[region.seed.region] ?? []) {
    const zone = zones.find((z) => z.zone.endsWith(`-${seed.zone}`))?.zone ?? zones[0]!.zone;
    const model = CHC_DEVICE_MODELS.find((m) => m.deviceType === seed.model)!;
    const createdAt = Math.floor((world.seededAt - seed.ageDays * DAY) / 1000) * 1000;
    const host = newHost(resourceId('chc', random), seed.name, zone, model, createdAt, random);
    host.Tags = seed.tags ?? [];
    const subnet = defaultSubnet(region.network, zone);
    const bmcIp = subnet && seed.networks !== 'none' ? seedAddress(subnet, offset++) : undefined;
    if (subnet && bmcIp) {
      takeAddress(subnet, bmcIp);
      Object.assign(host, {
        BmcVirtualPrivateCloud: vpcOf(subnet, bmcIp),
        BmcIp: bmcIp,
        BmcSecurityGroupIds: group ? [group] : [],
        BmcMAC: macAddress(random),
        LatestOperation: 'ConfigureChcAssistVpc',
        LatestOperationState: 'SUCCESS',
      } satisfies Partial<ChcHost>);
      const deployIp = seed.networks === 'both' ? seedAddress(subnet, offset++) : undefined;
      if (deployIp) {
        takeAddress(subnet, deployIp);
        Object.assign(host, {
          DeployVirtualPrivateCloud: vpcOf(subnet, deployIp),
          DeployIp: deployIp,
          DeploySecurityGroupIds: group ? [group] : [],
          DeployMAC: macAddress(random),
          DeployExtraConfig: { ...DEFAULT_DEPLOY_CONFIG },
          InstanceState: 'PREPARED',
          LatestOperation: 'ChcPrepare',
        } satisfies Partial<ChcHost>);
      }
    }
    state.hosts.set(host.ChcId, {
      host,
      operation: host.LatestOperation ? (host.LatestOperation as ChcOperation) : undefined,
      bmcUser: 'admin',
      createdAt,
    });
  }
}

export function vpcOf(subnet: Subnet, ip: string): VirtualPrivateCloud {
  return { VpcId: subnet.info.VpcId, SubnetId: subnet.info.SubnetId, AsVpcGateway: false, PrivateIpAddresses: [ip], Ipv6AddressCount: 0 };
}

function newHost(id: string, name: string, zone: string, model: DeviceModel, createdAt: number, random: Random): ChcHost {
  const serial = Array.from({ length: 8 }, () => '0123456789ABCDEF'[Math.floor(random() * 16)]).join('');
  return {
    ChcId: id,
    InstanceName: name,
    SerialNumber: `7DF1${serial}`,
    InstanceState: 'INIT',
    DeviceType: model.deviceType,
    Placement: { Zone: zone, ProjectId: 0, HostId: '', HostIds: [], DedicatedResourcePackTenancy: '', DedicatedResourcePackIds: [], RackId: '' },
    BmcVirtualPrivateCloud: null,
    BmcIp: '',
    BmcSecurityGroupIds: [],
    DeployVirtualPrivateCloud: null,
    DeployIp: '',
    DeploySecurityGroupIds: [],
    CvmInstanceId: '',
    CreatedTime: beijingTime(createdAt),
    HardwareDescription: `${model.cpu}核 ${model.memory}GB ${model.disk}`,
    CPU: model.cpu,
    Memory: model.memory,
    Disk: model.disk,
    BmcMAC: '',
    DeployMAC: '',
    TenantType: 'HOSTING',
    DeployExtraConfig: null,
    Gpu: model.gpu,
    NetworkCard: model.networkCard,
    IsPredefinedType: true,
    ChcInstanceType: `${model.family}.${model.cpu}C${model.memory}G`,
    ChcInstanceFamily: model.family,
    ChcInstanceFamilyName: model.familyName,
    ResaleAppId: '',
    ResaleAccountId: '',
    SaleStatus: 'NOT_FOR_SALE',
    Tags: [],
    LatestOperation: '',
    LatestOperationErrorCode: '',
    LatestOperationErrorMsg: '',
    LatestOperationName: '',
    LatestOperationState: '',
    ChcGatewayId: '',
    DedicatedClusterId: '',
    NetworkMode: 'DEPLOY',
  };
}

/** A MAC for a host's new interface. */
export function newMac(state: HpcChcRegion): string {
  return macAddress(state.random);
}
