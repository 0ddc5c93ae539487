import type { NetworkInterface } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { defaultSubnet } from '../../../network/region-network.ts';
import type { Subnet } from '../../../network/subnet-addresses.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import type { SeedInstanceType } from '../../../seed/instance-types.ts';
import { ENI_QUOTA_PER_REGION, FAMILIES_WITHOUT_ENI, eniLimit } from '../../vpc/eni/eni-limits.ts';
import { currentInterfaces } from '../../vpc/eni/eni-lookup.ts';
import { newElasticInterface } from '../../vpc/eni/new-interface.ts';
import { primaryInterfaceOwner } from '../../vpc/eni/primary-interface.ts';
import { NETWORK_INTERFACE_ID, SUBNET_ID, VPC_ID } from '../id-formats.ts';
import { resolveSecurityGroups } from './network-choice.ts';
import type { PurchaseParams } from './purchase-params.ts';

// RunInstances' and InquiryPriceRunInstances' NetworkInterfaces (not in the reference's 2017-03-12 parameter list; the
// SDK's RunInstancesRequest.NetworkInterfaces and its NetworkInterfaces model, "多网卡参数信息"): the purchase's
// interfaces instead of VirtualPrivateCloud ("此参数与VirtualPrivateCloud互斥"). Exactly one PRIMARY ("NetworkInterfaces
// 数组中必须要有PRIMARY，且PRIMARY只能存在一个") — the instance's own network: its VPC, subnet, security groups and
// PrivateIpv4AddressCount addresses ([1, 50]: the first is the instance's primary private IP, the others its secondary
// ones, all in PrivateIpAddresses). Each SECONDARY is an elastic interface created with the instance and bound to it
// (device 1, 2, …), or, with NetworkInterfaceId, an existing free one taken ("只对辅助网卡生效 … InstanceCount必须为1 …
// 主网卡不支持指定"); DeleteWithInstance (secondary only, default false) deletes it when the instance is destroyed.
// Interfaces are free of charge: the price does not change. Refusals, with the reference's RunInstances codes:
// - with VirtualPrivateCloud: InvalidParameterCombination (001 line 9586);
// - an InterfaceType other than PRIMARY/SECONDARY, not exactly one PRIMARY, NetworkInterfaceId on the PRIMARY, or on a
//   SECONDARY while InstanceCount is not 1: InvalidParameterValue (9592) / InvalidParameterCombination;
// - PrivateIpv4AddressCount outside [1, 50]: InvalidParameterValue.Range (9701);
// - a SECONDARY for a family without elastic interfaces (IT5): InvalidParameterValue.InstanceTypeNotSupportElasticNetworks (9638);
// - more interfaces than the type takes, the primary included (eni-limits.ts): LimitExceeded.InstanceEniNumLimit (9767;
//   InquiryPriceRunInstances 12962);
// - an unknown VPC or subnet: InvalidParameterValue.InvalidVpcIdSubnetIdNotFound (9674); a subnet of another VPC:
//   InvalidParameterValue.VpcIdSubnetIdNotMatch (9732); of another zone: InvalidParameterValue.SubnetIdZoneIdNotMatch
//   (9713); a SECONDARY in another VPC than the PRIMARY, or a NetworkInterfaceId elsewhere than its entry says:
//   InvalidParameterValue.ElasticNetworkVpcSubnetMismatch (9624, "必须为同vpc": subnets may differ);
// - a NetworkInterfaceId that does not exist: InvalidParameterValue.ElasticNetworkNotExist (9622); one bound, changing or
//   without a security group: UnsupportedOperation (9823); the same one twice: InvalidParameterValue.Duplicate (9618).
// RunInstances alone (a price is a price) checks room: the region's elastic interface quota (50) —
// LimitExceeded.InstanceEniNumLimit, the nearest code it documents — and free addresses in each subnet —
// FailedOperation.NoAvailableIpAddressCountInSubnet (9514).

export interface PurchasedInterface {
  subnet: Subnet;
  securityGroupIds: string[];
  /** Private addresses: the interface's primary one and its secondary ones. */
  addressCount: number;
  /** A free elastic interface to bind instead of creating one. */
  existing?: NetworkInterface;
  deleteWithInstance: boolean;
}

export interface InterfacePlan {
  primary: { subnet: Subnet; securityGroupIds: string[] | undefined; addressCount: number };
  secondaries: PurchasedInterface[];
}

type Entry = NonNullable<PurchaseParams['NetworkInterfaces']>[number];

const MAX_ADDRESSES = 50;

function entrySubnet(region: RegionWorld, entry: Entry, at: string, zone: string): Subnet {
  const network = region.network;
  if (entry.VpcId === 'DEFAULT' && entry.SubnetId === 'DEFAULT') {
    const subnet = defaultSubnet(network, zone);
    if (!subnet) throw new CloudError('InvalidParameterValue.SubnetNotExist', `The default VPC has no subnet in the zone \`${zone}\`.`);
    return subnet;
  }
  if (!VPC_ID.test(entry.VpcId)) throw new CloudError('InvalidParameterValue.VpcIdMalformed', `\`${at}.VpcId\` \`${entry.VpcId}\` is malformed.`);
  if (!SUBNET_ID.test(entry.SubnetId)) throw new CloudError('InvalidParameterValue.SubnetIdMalformed', `\`${at}.SubnetId\` \`${entry.SubnetId}\` is malformed.`);
  const subnet = network.subnets.find((s) => s.info.SubnetId === entry.SubnetId);
  if (!network.vpcs.some((vpc) => vpc.VpcId === entry.VpcId) || !subnet) {
    throw new CloudError(
      'InvalidParameterValue.InvalidVpcIdSubnetIdNotFound',
      `\`${at}\` names a VPC or subnet (${entry.VpcId}, ${entry.SubnetId}) that does not exist in ${region.seed.region}.`,
    );
  }
  if (subnet.info.VpcId !== entry.VpcId) {
    throw new CloudError(
      'InvalidParameterValue.VpcIdSubnetIdNotMatch',
      `The subnet \`${entry.SubnetId}\` of \`${at}\` belongs to the VPC \`${subnet.info.VpcId}\`, not \`${entry.VpcId}\`.`,
    );
  }
  if (subnet.info.Zone !== zone) {
    throw new CloudError('InvalidParameterValue.SubnetIdZoneIdNotMatch', `The subnet \`${entry.SubnetId}\` of \`${at}\` is in the zone \`${subnet.info.Zone}\`, not \`${zone}\`.`);
  }
  return subnet;
}

/** The free elastic interface a SECONDARY entry names, checked. */
function existingInterface(world: World, region: RegionWorld, id: string, at: string, subnet: Subnet): NetworkInterface {
  const eni = NETWORK_INTERFACE_ID.test(id) ? currentInterfaces(world, region).find((e) => e.NetworkInterfaceId === id) : undefined;
  if (!eni) {
    if (primaryInterfaceOwner(world, region, id))
      throw new CloudError('UnsupportedOperation', `\`${id}\` (${at}) is an instance's primary network interface; it cannot be bound to another.`);
    throw new CloudError('InvalidParameterValue.ElasticNetworkNotExist', `The network interface \`${id}\` of \`${at}\` does not exist in ${region.seed.region}.`);
  }
  if (eni.VpcId !== subnet.info.VpcId || eni.SubnetId !== subnet.info.SubnetId) {
    throw new CloudError(
      'InvalidParameterValue.ElasticNetworkVpcSubnetMismatch',
      `The network interface \`${id}\` is in ${eni.VpcId} / ${eni.SubnetId}, not in ${subnet.info.VpcId} / ${subnet.info.SubnetId} as \`${at}\` says.`,
    );
  }
  if (eni.Attachment || eni.State !== 'AVAILABLE') {
    throw new CloudError(
      'UnsupportedOperation',
      `The network interface \`${id}\` is ${eni.Attachment ? `bound to ${eni.Attachment.InstanceId}` : eni.State}; only a free one can be bound.`,
    );
  }
  if (eni.GroupSet.length === 0) throw new CloudError('UnsupportedOperation', `The network interface \`${id}\` has no security group; associate one before binding it.`);
  return eni;
}

/** The purchase's interfaces, checked; undefined when the request names none (VirtualPrivateCloud decides then). */
export function resolveNetworkInterfaces(
  world: World,
  region: RegionWorld,
  params: PurchaseParams,
  zone: string,
  type: SeedInstanceType,
  count: number,
): InterfacePlan | undefined {
  const entries = params.NetworkInterfaces;
  if (!entries?.length) return undefined;
  if (params.VirtualPrivateCloud) {
    throw new CloudError('InvalidParameterCombination', "`NetworkInterfaces` and `VirtualPrivateCloud` cannot both be given: the PRIMARY interface names the instance's network.");
  }
  entries.forEach((entry, i) => {
    if (entry.InterfaceType !== 'PRIMARY' && entry.InterfaceType !== 'SECONDARY') {
      throw new CloudError('InvalidParameterValue', `\`NetworkInterfaces.${i}.InterfaceType\` \`${entry.InterfaceType}\` is not PRIMARY or SECONDARY (upper case).`);
    }
  });
  const primaries = entries.filter((entry) => entry.InterfaceType === 'PRIMARY');
  if (primaries.length !== 1) {
    throw new CloudError('InvalidParameterValue', `\`NetworkInterfaces\` must have exactly one PRIMARY interface; it has ${primaries.length}.`);
  }
  entries.forEach((entry, i) => {
    if (entry.PrivateIpv4AddressCount < 1 || entry.PrivateIpv4AddressCount > MAX_ADDRESSES) {
      throw new CloudError(
        'InvalidParameterValue.Range',
        `\`NetworkInterfaces.${i}.PrivateIpv4AddressCount\` ${entry.PrivateIpv4AddressCount} is out of range: 1–${MAX_ADDRESSES}.`,
      );
    }
  });
  const secondaryCount = entries.length - 1;
  if (secondaryCount > 0 && FAMILIES_WITHOUT_ENI.has(type.InstanceFamily)) {
    throw new CloudError('InvalidParameterValue.InstanceTypeNotSupportElasticNetworks', `The ${type.InstanceFamily} family does not take elastic network interfaces.`);
  }
  const limit = eniLimit(type.CPU);
  if (entries.length > limit) {
    throw new CloudError(
      'LimitExceeded.InstanceEniNumLimit',
      `${type.InstanceType} takes ${limit} network interfaces, the primary one included; \`NetworkInterfaces\` names ${entries.length}.`,
    );
  }

  const primaryAt = `NetworkInterfaces.${entries.indexOf(primaries[0]!)}`;
  const primaryEntry = primaries[0]!;
  if (primaryEntry.NetworkInterfaceId !== undefined) {
    throw new CloudError('InvalidParameterValue', `\`${primaryAt}.NetworkInterfaceId\`: the primary interface is created with the instance and cannot be an existing one.`);
  }
  const primarySubnet = entrySubnet(region, primaryEntry, primaryAt, zone);
  const primaryGroups = primaryEntry.SecurityGroupIds?.length ? resolveSecurityGroups(region, { SecurityGroupIds: primaryEntry.SecurityGroupIds }) : undefined;
  const topGroups = params.SecurityGroupIds;
  if (primaryGroups && topGroups?.length && (topGroups.length !== primaryGroups.length || topGroups.some((id) => !primaryGroups.includes(id)))) {
    throw new CloudError('InvalidParameterCombination', `\`SecurityGroupIds\` and \`${primaryAt}.SecurityGroupIds\` name different security groups; give them once.`);
  }

  const taken = new Set<string>();
  const secondaries = entries.flatMap((entry, i): PurchasedInterface[] => {
    if (entry === primaryEntry) return [];
    const at = `NetworkInterfaces.${i}`;
    const subnet = entrySubnet(region, entry, at, zone);
    if (subnet.info.VpcId !== primarySubnet.info.VpcId) {
      throw new CloudError(
        'InvalidParameterValue.ElasticNetworkVpcSubnetMismatch',
        `\`${at}\` is in the VPC \`${subnet.info.VpcId}\`; every interface of an instance is in the primary interface's VPC \`${primarySubnet.info.VpcId}\`.`,
      );
    }
    const groups = resolveSecurityGroups(region, { SecurityGroupIds: entry.SecurityGroupIds });
    const id = entry.NetworkInterfaceId;
    if (id === undefined) return [{ subnet, securityGroupIds: groups, addressCount: entry.PrivateIpv4AddressCount, deleteWithInstance: entry.DeleteWithInstance ?? false }];
    if (count !== 1)
      throw new CloudError('InvalidParameterCombination', `\`${at}.NetworkInterfaceId\` names an existing interface, which one instance can take: \`InstanceCount\` must be 1.`);
    if (taken.has(id)) throw new CloudError('InvalidParameterValue.Duplicate', `\`NetworkInterfaces\` names the network interface \`${id}\` twice.`);
    taken.add(id);
    const existing = existingInterface(world, region, id, at, subnet);
    return [{ subnet, securityGroupIds: existing.GroupSet, addressCount: existing.PrivateIpAddressSet.length, existing, deleteWithInstance: entry.DeleteWithInstance ?? false }];
  });
  return { primary: { subnet: primarySubnet, securityGroupIds: primaryGroups, addressCount: primaryEntry.PrivateIpv4AddressCount }, secondaries };
}

/**
 * RunInstances' room for the interfaces of `count` instances: the region's elastic interface quota, and free addresses
 * in each subnet (the primary interface's first address included: it is the instance's).
 */
export function requireInterfaceRoom(world: World, region: RegionWorld, plan: InterfacePlan | undefined, count: number): void {
  if (!plan) return;
  const created = plan.secondaries.filter((s) => !s.existing).length * count;
  const elastic = currentInterfaces(world, region).length;
  if (created > 0 && elastic + created > ENI_QUOTA_PER_REGION) {
    throw new CloudError(
      'LimitExceeded.InstanceEniNumLimit',
      `The purchase would create ${created} elastic network interfaces; ${region.seed.region} has ${elastic} of the account's ${ENI_QUOTA_PER_REGION}.`,
    );
  }
  const needed = new Map<Subnet, number>();
  needed.set(plan.primary.subnet, plan.primary.addressCount * count);
  for (const s of plan.secondaries) if (!s.existing) needed.set(s.subnet, (needed.get(s.subnet) ?? 0) + s.addressCount * count);
  for (const [subnet, addresses] of needed) {
    if (addresses > subnet.info.AvailableIpAddressCount) {
      throw new CloudError(
        'FailedOperation.NoAvailableIpAddressCountInSubnet',
        `The subnet \`${subnet.info.SubnetId}\` has ${subnet.info.AvailableIpAddressCount} free addresses; the purchase needs ${addresses}.`,
      );
    }
  }
}

/**
 * Gives a new instance its interfaces: the primary one's secondary addresses (in the instance's PrivateIpAddresses,
 * after its primary IP), then each SECONDARY created or taken, bound to it at once as device 1, 2, ….
 */
export function attachPurchasedInterfaces(world: World, region: RegionWorld, record: InstanceRecord, plan: InterfacePlan, now: number): void {
  const { instance } = record;
  for (let i = 1; i < plan.primary.addressCount; i++) instance.PrivateIpAddresses.push(world.allocatePrivateIp(plan.primary.subnet));
  const network = region.network;
  plan.secondaries.forEach((secondary, i) => {
    const attachment = { InstanceId: instance.InstanceId, DeviceIndex: i + 1, InstanceAccountId: world.account.uin, AttachTime: cloudTime(now) };
    let eni = secondary.existing;
    if (eni) Object.assign(eni, { Attachment: attachment, State: 'AVAILABLE', AttachType: 0, ResourceId: '' } satisfies Partial<NetworkInterface>);
    else {
      const addresses = Array.from({ length: secondary.addressCount }, () => ({ ip: world.allocatePrivateIp(secondary.subnet) }));
      eni = newElasticInterface(world, {
        name: `${instance.InstanceName}-eni${i + 1}`.slice(0, 60),
        description: `Created with ${instance.InstanceId} by RunInstances`,
        subnet: secondary.subnet,
        securityGroupIds: secondary.securityGroupIds,
        addresses,
        attachment,
        createdAt: now,
      });
      network.networkInterfaces.push(eni);
    }
    if (secondary.deleteWithInstance) (network.deleteWithInstance ??= new Set()).add(eni.NetworkInterfaceId);
  });
}
