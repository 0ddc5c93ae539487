import type { InstanceChargeType } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { SeedInstanceType } from '../../../seed/instance-types.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { requireOffering, type ZoneOffering } from '../purchase/zone-offerings.ts';
import { customConfiguration, type HostType } from './host-types.ts';
import { groupMembers, hostInstances, hostRoom, HOST_ID, placementOf, SPREAD_LIMITS, type GroupRecord, type HostRecord } from './placement-world.ts';

// Where a purchase puts its instances (RunInstances, reference 8550–9865; InquiryPriceRunInstances checks the same):
// - Dedicated hosts: InstanceChargeType CDHPAID ("独享子机（基于专用宿主机创建，宿主机部分的资源不收费）", 8594) with
//   Placement.HostIds (or HostId) naming hosts of the account in the purchase's zone. The type is a custom configuration
//   `CDH_<n>C<m>G` (8658) or a standard type of a family the host takes (host-types.ts). Each instance goes to the first
//   named host that still has its CPUs and memory free; when none has, InvalidParameter.InstanceTypeSupportedHostNotFound
//   ("不存在支持指定子机规格的CDH母机", 9570). Codes: InvalidHostId.Malformed / NotFound, a host of another zone
//   InvalidParameterValue.ZoneNotSupported, one not RUNNING InvalidParameter.HostIdStatusNotSupport, a type the host does
//   not take InvalidParameter.HostIdStandardInstanceTypeNotSupport / HostIdCustomizedInstanceTypeNotSupport /
//   HostIdInstanceTypeNotSupport; HostIds with another charge type InvalidParameterCombination, CDHPAID without them
//   MissingParameter. The host's monthly price pays for the compute: a CDHPAID quote charges disks and bandwidth only.
// - Placement groups: DisasterRecoverGroupIds (one) names a group of the region (else
//   FailedOperation.DisasterRecoverGroupNotFound); the group holds at most its type's number of instances (HOST 50, RACK
//   30, SW 20), and a purchase that would take it past that is refused with ResourceInsufficient.DisasterRecoverGroupCvmQuota
//   ("实例个数超过容灾组的配额", 9803). PartitionNumber (1–10) is for a PARTITION group, within its PartitionCount.

/** Where each instance of a purchase on dedicated hosts goes, in order, and the type they are bought as. */
export interface HostPlacement {
  offering: ZoneOffering;
  /** The host of each instance, by its index in the purchase. */
  hostIds: string[];
}

function hostIdsOf(placement: { HostIds?: string[]; HostId?: string } | undefined): string[] {
  return [...(placement?.HostIds ?? []), ...(placement?.HostId && !placement.HostIds?.includes(placement.HostId) ? [placement.HostId] : [])];
}

/** The type a host is asked to run, as an offering: a custom configuration, or the zone's standard type. */
function hostOffering(region: RegionWorld, zone: string, host: HostRecord, instanceType: string | undefined): ZoneOffering {
  if (instanceType === undefined) throw new CloudError('MissingParameter', 'A CDHPAID purchase needs `InstanceType`: CDH_<n>C<m>G or a type the host takes.');
  const custom = customConfiguration(instanceType);
  if (custom) {
    if (!host.type.custom) {
      throw new CloudError(
        'InvalidParameter.HostIdCustomizedInstanceTypeNotSupport',
        `The ${host.type.type} host \`${host.id}\` takes standard types of ${host.type.families.join(', ')} only, not \`${instanceType}\`.`,
      );
    }
    if (custom.cpu < 1 || custom.memory < 1) throw new CloudError('InvalidParameterValue', `\`${instanceType}\` needs at least 1 vCPU and 1 GiB.`);
    const type: SeedInstanceType = {
      InstanceType: instanceType,
      InstanceFamily: 'CDH',
      CPU: custom.cpu,
      Memory: custom.memory,
      GPU: 0,
      GpuCount: 0,
      GpuType: '',
      GpuMemory: 0,
      FPGA: 0,
    };
    return { type, stock: 'EnoughStock' };
  }
  if (host.type.families.length === 0) {
    throw new CloudError('InvalidParameter.HostIdStandardInstanceTypeNotSupport', `The ${host.type.type} host \`${host.id}\` takes custom configurations (CDH_<n>C<m>G) only.`);
  }
  const offering = requireOffering(region, zone, instanceType);
  if (!host.type.families.includes(offering.type.InstanceFamily)) {
    throw new CloudError(
      'InvalidParameter.HostIdInstanceTypeNotSupport',
      `The ${host.type.type} host \`${host.id}\` takes ${host.type.families.join(', ')} types${host.type.custom ? ' and custom configurations' : ''}, not \`${instanceType}\`.`,
    );
  }
  return offering;
}

/** Whether a host of this type could take the instance at all (its first host decides what the type is). */
function sameTypeRules(a: HostType, b: HostType): boolean {
  return a.custom === b.custom && a.families.join() === b.families.join();
}

/**
 * The dedicated hosts of a purchase, checked, with the host each instance goes to; undefined for a purchase that names
 * none and is not CDHPAID. `count` instances of `InstanceType` (InstanceCount, 1 when absent).
 */
export function resolveHostPlacement(
  world: World,
  region: RegionWorld,
  params: { Placement?: { Zone: string; HostIds?: string[]; HostId?: string }; InstanceType?: string; InstanceCount?: number },
  chargeType: InstanceChargeType,
): HostPlacement | undefined {
  const ids = hostIdsOf(params.Placement);
  if (!ids.length && chargeType !== 'CDHPAID') return undefined;
  for (const id of ids) {
    if (!HOST_ID.test(id))
      throw new CloudError('InvalidHostId.Malformed', `The dedicated host ID \`${id}\` is malformed: expected host- followed by 8 lower-case letters or digits.`);
  }
  if (chargeType !== 'CDHPAID') {
    throw new CloudError(
      'InvalidParameterCombination',
      `\`Placement.HostIds\` places instances on dedicated hosts: buy them with \`InstanceChargeType\` CDHPAID, not ${chargeType}.`,
    );
  }
  if (!ids.length) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Placement.HostIds` for a CDHPAID purchase.');
  const state = placementOf(world, region);
  const zone = params.Placement!.Zone;
  const hosts = ids.map((id) => {
    const host = state.hosts.get(id);
    if (!host) throw new CloudError('InvalidHostId.NotFound', `The dedicated host \`${id}\` does not exist in this account.`);
    if (host.zone !== zone) throw new CloudError('InvalidParameterValue.ZoneNotSupported', `The dedicated host \`${id}\` is in \`${host.zone}\`, not in \`${zone}\`.`);
    if (host.state !== 'RUNNING')
      throw new CloudError('InvalidParameter.HostIdStatusNotSupport', `The dedicated host \`${id}\` is ${host.state}; instances go onto RUNNING hosts only.`);
    return host;
  });
  const offering = hostOffering(region, zone, hosts[0]!, params.InstanceType);
  for (const host of hosts.slice(1)) {
    if (!sameTypeRules(host.type, hosts[0]!.type)) hostOffering(region, zone, host, params.InstanceType);
  }
  // Each instance onto the first host with room for it, in the order the hosts are named.
  const on = hostInstances(world, region);
  const room = new Map(hosts.map((host) => [host.id, hostRoom(host, on.get(host.id) ?? [])]));
  const { CPU: cpu, Memory: memory } = offering.type;
  const count = params.InstanceCount ?? 1;
  const hostIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const host = hosts.find((h) => room.get(h.id)!.cpu >= cpu && room.get(h.id)!.memory >= memory);
    if (!host) {
      const left = hosts.map((h) => `${h.id}: ${Math.max(0, room.get(h.id)!.cpu)} vCPU, ${Math.max(0, room.get(h.id)!.memory)} GiB`).join('; ');
      throw new CloudError(
        'InvalidParameter.InstanceTypeSupportedHostNotFound',
        `No named dedicated host has room for ${index === 0 ? '' : `${count - index} more of `}\`${offering.type.InstanceType}\` (${cpu} vCPU, ${memory} GiB); free now: ${left}.`,
      );
    }
    const free = room.get(host.id)!;
    room.set(host.id, { cpu: free.cpu - cpu, memory: free.memory - memory });
    hostIds.push(host.id);
  }
  return { offering, hostIds };
}

/** The placement group a purchase names (DisasterRecoverGroupIds), checked; undefined when it names none. */
export function resolvePurchaseGroup(world: World, region: RegionWorld, params: { DisasterRecoverGroupIds?: string[]; PartitionNumber?: number }): GroupRecord | undefined {
  const id = params.DisasterRecoverGroupIds?.[0];
  if (params.PartitionNumber !== undefined && id === undefined) {
    throw new CloudError('InvalidParameterCombination', '`PartitionNumber` names a partition of a placement group: give the group in `DisasterRecoverGroupIds`.');
  }
  if (id === undefined) return undefined;
  const state = placementOf(world, region);
  // The page lists no malformed-ID code for RunInstances: a malformed ID names no group.
  const group = state.groups.get(id);
  if (!group) throw new CloudError('FailedOperation.DisasterRecoverGroupNotFound', `The placement group \`${id}\` does not exist.`);
  if (params.PartitionNumber !== undefined) {
    if (group.strategy !== 'PARTITION' || params.PartitionNumber > group.partitionCount) {
      throw new CloudError(
        'InvalidParameterValue.Range',
        group.strategy === 'PARTITION'
          ? `\`PartitionNumber\` ${params.PartitionNumber} is not a partition of \`${group.id}\` (1–${group.partitionCount}).`
          : `\`PartitionNumber\` names a partition; \`${group.id}\` is a SPREAD placement group.`,
      );
    }
  }
  return group;
}

/** The group's spread limit: refused when `count` more instances would take it past its type's number. */
export function requireGroupRoom(world: World, region: RegionWorld, group: GroupRecord | undefined, count: number): void {
  if (!group) return;
  const current = groupMembers(world, region).get(group.id)?.length ?? 0;
  const limit = SPREAD_LIMITS[group.type];
  if (current + count > limit) {
    throw new CloudError(
      'ResourceInsufficient.DisasterRecoverGroupCvmQuota',
      `The ${group.type} placement group \`${group.id}\` holds ${current} of its ${limit} instances; ${count} more do not fit.`,
    );
  }
}

/** A bought instance, where the purchase put it: its group and its host. */
export function placeInstance(record: InstanceRecord, group: GroupRecord | undefined, hosts: HostPlacement | undefined, index: number): void {
  if (group) record.instance.DisasterRecoverGroupId = group.id;
  const hostId = hosts?.hostIds[index];
  if (hostId) record.instance.Placement.HostId = hostId;
}
