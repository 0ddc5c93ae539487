import { type VirtualPrivateCloud, cvmHpc } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { isInSubnet, nextFreeAddress, type Subnet } from '../../../network/subnet-addresses.ts';
import type { Leg, Transition } from '../../../state/change-over-time/index.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { IPV4, SUBNET_ID, VPC_ID } from '../id-formats.ts';
import { checkSecurityGroups, findHosts, requireAllowed } from './chc-hosts.ts';
import { DEFAULT_DEPLOY_CONFIG, hpcChcOf, newMac, releaseAddress, takeAddress, vpcOf, type ChcHostRecord, type ChcOperation, type ChcTarget } from './hpc-chc-region.ts';
import { HPC_CHC_TRANSITIONS } from './transitions.ts';

// A CHC host's two networks (reference 22444–23522): the out-of-band (BMC) network its management controller is reached
// on, and the deploy network it PXE-boots its MiniOS from. The flow, through the states of ChcHost (35921):
//   INIT ──ConfigureChcAssistVpc (BMC)──> OPERATING ──> INIT, out-of-band network configured
//   INIT ──ConfigureChcAssistVpc (BMC + deploy)──> OPERATING ──> READY ──ChcPrepare──> PREPARED
//   INIT with BMC ──ConfigureChcDeployVpc──> OPERATING ──> READY ──ChcPrepare──> PREPARED
//   READY/PREPARED ──RemoveChcDeployVpc──> OPERATING ──> INIT with BMC
//   INIT with BMC, READY, PREPARED, CLEAR_NETWORK_FAILED ──RemoveChcAssistVpc──> OPERATING ──> INIT
// A failed configuration leaves the host where it was, without the network it was given; a failed clearing leaves it
// CLEAR_NETWORK_FAILED with its networks, to be cleared again. LatestOperation* record each, with the error's code.
// Each network: a VPC of the region with DHCP (MustDhcpEnabledVpc) and its subnet in the host's zone; PrivateIpAddresses
// one per host in ChcIds' order (AmountNotEqual), each an IPv4 address (IPAddressMalformed) inside the subnet
// (VpcAddrNotInSubNet) and free (VpcIpIsUsed), else the subnet's next free ones (LimitExceeded.VpcSubnetNum when full).
// Addresses are taken when asked and given back when the network is removed or its configuration fails.

type ChcDeployExtraConfig = cvmHpc.ChcDeployExtraConfig;
type ChcHost = cvmHpc.ChcHost;
type ChcHostState = cvmHpc.ChcHostState;
/** A VirtualPrivateCloud as a request gives it (its optional fields left out). */
type RequestedVpc = Pick<VirtualPrivateCloud, 'VpcId' | 'SubnetId'> & Partial<VirtualPrivateCloud>;

interface NetworkChoice {
  subnet: Subnet;
  /** One per host, in ChcIds' order. */
  ips: string[];
}

/** Checks a VirtualPrivateCloud for the hosts and picks their addresses (taken later, all at once). */
function chooseNetwork(region: RegionWorld, records: ChcHostRecord[], requested: RequestedVpc, parameter: string, taken: Set<string>): NetworkChoice {
  const network = region.network;
  if (!VPC_ID.test(requested.VpcId)) throw new CloudError('InvalidParameterValue.IncorrectFormat', `\`${parameter}.VpcId\` \`${requested.VpcId}\` is malformed.`);
  const vpc = network.vpcs.find((v) => v.VpcId === requested.VpcId);
  if (!vpc) throw new CloudError('InvalidParameter', `The VPC \`${requested.VpcId}\` in \`${parameter}\` does not exist in ${region.seed.region}.`);
  if (!vpc.EnableDhcp) throw new CloudError('InvalidParameterValue.MustDhcpEnabledVpc', `The VPC \`${vpc.VpcId}\` has DHCP off; a CHC host's network needs a VPC with DHCP.`);
  if (!SUBNET_ID.test(requested.SubnetId)) {
    throw new CloudError(
      'InvalidParameterValue.SubnetIdMalformed',
      `\`${parameter}.SubnetId\` \`${requested.SubnetId}\` is malformed: expected subnet- followed by 8 lower-case letters or digits.`,
    );
  }
  const subnet = network.subnets.find((s) => s.info.SubnetId === requested.SubnetId);
  if (!subnet || subnet.info.VpcId !== vpc.VpcId) {
    throw new CloudError('InvalidParameter', `The subnet \`${requested.SubnetId}\` in \`${parameter}\` is not a subnet of the VPC \`${vpc.VpcId}\`.`);
  }
  for (const { host } of records) {
    if (subnet.info.Zone !== host.Placement.Zone) {
      throw new CloudError(
        'InvalidParameter',
        `The subnet \`${subnet.info.SubnetId}\` is in \`${subnet.info.Zone}\`; the CHC host \`${host.ChcId}\` is in \`${host.Placement.Zone}\`, and its network must be in its zone.`,
      );
    }
  }
  if (requested.AsVpcGateway) throw new CloudError('InvalidParameter', `\`${parameter}.AsVpcGateway\`: a CHC host cannot be a VPC gateway.`);
  const given = requested.PrivateIpAddresses;
  if (given?.length) {
    if (given.length !== records.length) {
      throw new CloudError(
        'InvalidParameterValue.AmountNotEqual',
        `\`${parameter}.PrivateIpAddresses\` has ${given.length} addresses for ${records.length} hosts; give one per host.`,
      );
    }
    for (const ip of given) {
      if (!IPV4.test(ip)) throw new CloudError('InvalidParameterValue.IPAddressMalformed', `\`${ip}\` in \`${parameter}.PrivateIpAddresses\` is not an IPv4 address.`);
      if (!isInSubnet(subnet, ip))
        throw new CloudError('VpcAddrNotInSubNet', `\`${ip}\` is not a usable address of the subnet ${subnet.info.SubnetId} (${subnet.info.CidrBlock}).`);
      if (subnet.used.has(ip) || taken.has(ip)) throw new CloudError('VpcIpIsUsed', `\`${ip}\` is already in use in the subnet ${subnet.info.SubnetId}.`);
      taken.add(ip);
    }
    return { subnet, ips: [...given] };
  }
  // The subnet's next free addresses, looked for without taking them (so a refusal later takes none): the subnet's
  // search position is put back, and the addresses are marked used when they are taken.
  const ips: string[] = [];
  const saved = subnet.nextOffset;
  try {
    while (ips.length < records.length) {
      const ip = nextFreeAddress(subnet);
      if (ip === undefined) throw new CloudError('LimitExceeded.VpcSubnetNum', `The subnet \`${subnet.info.SubnetId}\` has no free address left for the hosts.`);
      if (taken.has(ip)) continue;
      taken.add(ip);
      ips.push(ip);
    }
  } finally {
    subnet.nextOffset = saved;
  }
  return { subnet, ips };
}

const BOOT_TYPES = ['x86_legacy', 'x86_uefi', 'arm_uefi'];
const MINI_OS_TYPES = ['public', 'private'];

/** ChcDeployExtraConfig (35870), the cloud's defaults where it is left out. */
function deployConfig(config: ChcDeployExtraConfig | undefined): ChcDeployExtraConfig {
  if (!config) return { ...DEFAULT_DEPLOY_CONFIG };
  if (!MINI_OS_TYPES.includes(config.MiniOsType)) {
    throw new CloudError(
      'InvalidParameterValue.IncorrectFormat',
      `\`ChcDeployExtraConfig.MiniOsType\` is \`${config.MiniOsType}\`; use public (Tencent Cloud's MiniOS) or private (your own).`,
    );
  }
  if (!BOOT_TYPES.includes(config.BootType)) {
    throw new CloudError('InvalidParameterValue.IncorrectFormat', `\`ChcDeployExtraConfig.BootType\` is \`${config.BootType}\`; use one of ${BOOT_TYPES.join(', ')}.`);
  }
  if (config.NextServerAddress !== undefined && !IPV4.test(config.NextServerAddress)) {
    throw new CloudError('InvalidParameterValue.IPAddressMalformed', `\`ChcDeployExtraConfig.NextServerAddress\` \`${config.NextServerAddress}\` is not an IPv4 address.`);
  }
  if (config.BootFile === '') throw new CloudError('InvalidParameterValue.IncorrectFormat', '`ChcDeployExtraConfig.BootFile` is empty.');
  return {
    MiniOsType: config.MiniOsType,
    BootType: config.BootType,
    BootFile: config.BootFile ?? DEFAULT_DEPLOY_CONFIG.BootFile,
    NextServerAddress: config.NextServerAddress ?? DEFAULT_DEPLOY_CONFIG.NextServerAddress,
  };
}

/** Gives the hosts their addresses of a chosen network. */
function assign(choice: NetworkChoice, index: number): VirtualPrivateCloud {
  const ip = choice.ips[index]!;
  takeAddress(choice.subnet, ip);
  return vpcOf(choice.subnet, ip);
}

const ERROR_CODES: Record<ChcOperation, string> = {
  ConfigureChcAssistVpc: 'IpmiFailed',
  ConfigureChcDeployVpc: 'DeployNetworkFailed',
  ChcPrepare: 'PxeBootFailed',
  RemoveChcAssistVpc: 'ClearNetworkFailed',
  RemoveChcDeployVpc: 'ClearNetworkFailed',
};

interface HostChange {
  transition: Transition;
  operation: ChcOperation;
  legs: Leg<ChcTarget>[];
  /** Where a failure leaves the host, and what it undoes (a configuration's new network). */
  failedState: ChcHostState;
  undo?: () => void;
}

/** Shows OPERATING at once and puts the host's change on the world's timeline. */
function changeHost(ctx: RequestContext, record: ChcHostRecord, plan: HostChange): void {
  const host = record.host;
  record.operation = plan.operation;
  Object.assign(host, {
    InstanceState: 'OPERATING',
    LatestOperation: plan.operation,
    LatestOperationState: 'OPERATING',
    LatestOperationErrorCode: '',
    LatestOperationErrorMsg: '',
  } satisfies Partial<ChcHost>);
  record.change = ctx.world.changes.start<ChcTarget>({
    transition: plan.transition,
    legs: plan.legs,
    enter: (state) => {
      host.InstanceState = state;
      // Once configured, the host PXE-boots the MiniOS: the preparation is its latest operation (36079).
      if (state === 'READY') {
        record.operation = 'ChcPrepare';
        host.LatestOperation = 'ChcPrepare';
      }
    },
    onSuccess: () => {
      record.change = undefined;
      host.LatestOperationState = 'SUCCESS';
    },
    onFailure: (message) => {
      record.change = undefined;
      plan.undo?.();
      Object.assign(host, {
        InstanceState: plan.failedState,
        LatestOperationState: 'FAILED',
        LatestOperationErrorCode: ERROR_CODES[record.operation ?? plan.operation],
        LatestOperationErrorMsg: message,
      } satisfies Partial<ChcHost>);
    },
  });
}

/** The legs from a host given its deploy network to PREPARED. */
const toPrepared = (): Leg<ChcTarget>[] => [{ to: 'READY' }, { to: 'PREPARED', after: HPC_CHC_TRANSITIONS.prepare }];

function clearDeploy(region: RegionWorld, host: ChcHost): void {
  releaseAddress(region, host.DeployVirtualPrivateCloud);
  Object.assign(host, {
    DeployVirtualPrivateCloud: null,
    DeployIp: '',
    DeploySecurityGroupIds: [],
    DeployMAC: '',
    DeployExtraConfig: null,
  } satisfies Partial<ChcHost>);
}

function clearBmc(region: RegionWorld, host: ChcHost): void {
  releaseAddress(region, host.BmcVirtualPrivateCloud);
  Object.assign(host, { BmcVirtualPrivateCloud: null, BmcIp: '', BmcSecurityGroupIds: [], BmcMAC: '' } satisfies Partial<ChcHost>);
}

function setDeploy(world: World, region: RegionWorld, host: ChcHost, vpc: VirtualPrivateCloud, groups: string[], config: ChcDeployExtraConfig): void {
  Object.assign(host, {
    DeployVirtualPrivateCloud: vpc,
    DeployIp: vpc.PrivateIpAddresses![0]!,
    DeploySecurityGroupIds: groups,
    DeployMAC: newMac(hpcChcOf(world, region)),
    DeployExtraConfig: { ...config },
  } satisfies Partial<ChcHost>);
}

/** Security groups default to the region's default group, as an instance's do. */
const defaultGroups = (region: RegionWorld, given: string[] | undefined) => given ?? [region.network.securityGroups[0]!.SecurityGroupId];

export const configureChcAssistVpc = handler(cvmHpc.ConfigureChcAssistVpc, (ctx, params) => {
  const { world, region } = ctx;
  const records = findHosts(world, region, params.ChcIds);
  for (const record of records) requireAllowed(record, 'ConfigureChcAssistVpc');
  const taken = new Set<string>();
  const bmc = chooseNetwork(region, records, params.BmcVirtualPrivateCloud, 'BmcVirtualPrivateCloud', taken);
  const bmcGroups = defaultGroups(region, checkSecurityGroups(region, params.BmcSecurityGroupIds, 'BmcSecurityGroupIds', 'InvalidParameter'));
  const deploy = params.DeployVirtualPrivateCloud && chooseNetwork(region, records, params.DeployVirtualPrivateCloud, 'DeployVirtualPrivateCloud', taken);
  if (!deploy && (params.DeploySecurityGroupIds || params.ChcDeployExtraConfig)) {
    throw new CloudError('InvalidParameter', '`DeploySecurityGroupIds` and `ChcDeployExtraConfig` go with `DeployVirtualPrivateCloud`.');
  }
  const deployGroups = defaultGroups(region, checkSecurityGroups(region, params.DeploySecurityGroupIds, 'DeploySecurityGroupIds', 'InvalidParameter'));
  const config = deployConfig(params.ChcDeployExtraConfig);
  records.forEach((record, index) => {
    const host = record.host;
    const vpc = assign(bmc, index);
    Object.assign(host, {
      BmcVirtualPrivateCloud: vpc,
      BmcIp: vpc.PrivateIpAddresses![0]!,
      BmcSecurityGroupIds: [...bmcGroups],
      BmcMAC: newMac(hpcChcOf(world, region)),
    } satisfies Partial<ChcHost>);
    if (deploy) setDeploy(world, region, host, assign(deploy, index), [...deployGroups], config);
    changeHost(ctx, record, {
      transition: HPC_CHC_TRANSITIONS.assistVpc,
      operation: 'ConfigureChcAssistVpc',
      legs: deploy ? toPrepared() : [{ to: 'INIT' }],
      failedState: 'INIT',
      undo: () => {
        clearDeploy(region, host);
        clearBmc(region, host);
      },
    });
  });
  return {};
});

export const configureChcDeployVpc = handler(cvmHpc.ConfigureChcDeployVpc, (ctx, params) => {
  const { world, region } = ctx;
  const records = findHosts(world, region, params.ChcIds);
  for (const record of records) requireAllowed(record, 'ConfigureChcDeployVpc');
  const deploy = chooseNetwork(region, records, params.DeployVirtualPrivateCloud, 'DeployVirtualPrivateCloud', new Set());
  const groups = defaultGroups(region, checkSecurityGroups(region, params.DeploySecurityGroupIds, 'DeploySecurityGroupIds', 'InvalidParameter'));
  const config = deployConfig(params.ChcDeployExtraConfig);
  records.forEach((record, index) => {
    const host = record.host;
    setDeploy(world, region, host, assign(deploy, index), [...groups], config);
    changeHost(ctx, record, {
      transition: HPC_CHC_TRANSITIONS.deployVpc,
      operation: 'ConfigureChcDeployVpc',
      legs: toPrepared(),
      failedState: 'INIT',
      undo: () => clearDeploy(region, host),
    });
  });
  return {};
});

export const removeChcDeployVpc = handler(cvmHpc.RemoveChcDeployVpc, (ctx, params) => {
  const { world, region } = ctx;
  const records = findHosts(world, region, params.ChcIds);
  for (const record of records) requireAllowed(record, 'RemoveChcDeployVpc');
  for (const record of records) {
    const from = record.host.InstanceState;
    changeHost(ctx, record, {
      transition: HPC_CHC_TRANSITIONS.removeDeployVpc,
      operation: 'RemoveChcDeployVpc',
      legs: [{ to: 'INIT', onArrive: () => clearDeploy(region, record.host) }],
      failedState: from,
    });
  }
  return {};
});

export const removeChcAssistVpc = handler(cvmHpc.RemoveChcAssistVpc, (ctx, params) => {
  const { world, region } = ctx;
  const records = findHosts(world, region, params.ChcIds);
  for (const record of records) requireAllowed(record, 'RemoveChcAssistVpc');
  for (const record of records) {
    changeHost(ctx, record, {
      transition: HPC_CHC_TRANSITIONS.removeAssistVpc,
      operation: 'RemoveChcAssistVpc',
      legs: [
        {
          to: 'INIT',
          onArrive: () => {
            clearDeploy(region, record.host);
            clearBmc(region, record.host);
          },
        },
      ],
      failedState: 'CLEAR_NETWORK_FAILED',
    });
  }
  return {};
});
