import { cvm, type HostItem, type RenewFlag } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { periodItemPrice } from '../../../pricing/item-price.ts';
import { defineTransition } from '../../../state/change-over-time/index.ts';
import { addMonths, cloudTime } from '../../../state/cloud-time.ts';
import { resourceId } from '../../../state/random.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../../filters.ts';
import { requireProject } from '../projects.ts';
import { DEFAULT_HOST_TYPE, hostPrice, hostType, isSoldOut } from './host-types.ts';
import { findHosts, HOST_ID, hostInstances, hostRoom, placementOf, type HostRecord, type PlacementState } from './placement-world.ts';
import { creationTags, tagFilters } from '../resource-tags.ts';

// Dedicated hosts (CDH, reference 21334–22443). AllocateHosts buys hosts by the month (PREPAID, the only kind: "目前仅支持：
// PREPAID", 21379): each is PENDING, then RUNNING about 20 s later (× transition scale; a failure injected into
// cvm.AllocateHosts leaves it LAUNCH_FAILURE). A host's term ends at ExpiredTime: NOTIFY_AND_AUTO_RENEW renews it a month
// at a time, otherwise it is EXPIRED until renewed. DescribeHosts lists them with what their instances leave of their
// CPUs and memory; ModifyHostsAttribute renames them or changes their renewal flag; RenewHosts adds months, and
// InquiryPriceRenewHosts prices that. Instances are bought onto hosts by RunInstances (purchase-placement.ts).

export const HOST_TRANSITIONS = {
  allocate: defineTransition('cvm.AllocateHosts', 20, 'ResourceInsufficient.ZoneSoldOutForSpecifiedInstance'),
};

/** The periods a host is bought or renewed for (InvalidPeriod, 21565: "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]"). */
export const HOST_PERIODS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36];
/** Hosts one AllocateHosts call may buy (the emulator's bound; the reference gives none). */
const MOST_PER_CALL = 10;
/**
 * The most hosts a zone sells the account (the emulator's bound: hosts are never released, so without one a client
 * could grow the region without end); past it the zone is sold out.
 */
const HOSTS_PER_ZONE = 50;
const RENEW_FLAGS: readonly RenewFlag[] = ['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW'];

function requirePeriod(period: number, parameter: string): number {
  if (!HOST_PERIODS.includes(period)) {
    throw new CloudError('InvalidPeriod', `\`${parameter}\` ${period} is not a valid period: use 1–12, 24 or 36 months.`);
  }
  return period;
}

/** A host the host actions may act on: made (not PENDING or LAUNCH_FAILURE). */
function requireMade(hosts: readonly HostRecord[]): void {
  const unready = hosts.find((host) => host.state === 'PENDING' || host.state === 'LAUNCH_FAILURE');
  if (unready) throw new CloudError('InvalidHost.NotSupported', `The dedicated host \`${unready.id}\` is ${unready.state}; it cannot be changed yet.`);
}

/** A host as DescribeHosts answers it: its instances and what they leave of it, now. */
export function describedHost(host: HostRecord, instances: Map<string, InstanceRecord[]>): HostItem {
  const on = instances.get(host.id) ?? [];
  const room = hostRoom(host, on);
  return {
    Placement: { Zone: host.zone, ProjectId: host.projectId, HostIds: [], HostId: '', DedicatedResourcePackTenancy: '', DedicatedResourcePackIds: [], RackId: '' },
    HostId: host.id,
    HostType: host.type.type,
    HostName: host.name,
    HostChargeType: 'PREPAID',
    RenewFlag: host.renewFlag,
    CreatedTime: cloudTime(host.createdAt),
    ExpiredTime: cloudTime(host.expiresAt),
    InstanceIds: on.map(({ instance }) => instance.InstanceId),
    HostState: host.state,
    HostIp: host.ip,
    HostResource: {
      CpuTotal: host.type.cpu,
      CpuAvailable: Math.max(0, room.cpu),
      MemTotal: host.type.memory,
      MemAvailable: Math.max(0, room.memory),
      // Instances on the emulated hosts use cloud disks: the hosts have no local disk or GPU to share.
      DiskTotal: 0,
      DiskAvailable: 0,
      DiskType: '',
      GpuTotal: 0,
      GpuAvailable: 0,
      ExclusiveOwner: '',
    },
    CageId: '',
    Tags: host.tags.map((tag) => ({ ...tag })),
  };
}

function requireHostZone(region: RegionWorld, zone: string): void {
  const seedZone = region.seed.zones.find((z) => z.zone === zone);
  if (!seedZone) throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${zone}\` does not belong to the region \`${region.seed.region}\`.`);
  if (!seedZone.available) throw new CloudError('InvalidParameterValue.ZoneNotSupported', `The zone \`${zone}\` sells no dedicated hosts now; choose another zone.`);
}

function newHostId(random: () => number, state: PlacementState): string {
  for (;;) {
    const id = resourceId('host', random);
    if (!state.hosts.has(id)) return id;
  }
}

export const allocateHosts = handler(cvm.AllocateHosts, (ctx, params) => {
  const { world, region } = ctx;
  const state = placementOf(world, region);
  const token = params.ClientToken;
  if (token !== undefined) {
    if (token.length > 64 || !/^[\x20-\x7e]*$/.test(token)) throw new CloudError('InvalidParameterValue', '`ClientToken` must be at most 64 ASCII characters.');
    const earlier = state.hostTokens.get(token);
    if (earlier) return { HostIdSet: [...earlier] };
  }
  const zone = params.Placement.Zone;
  requireHostZone(region, zone);
  const projectId = params.Placement.ProjectId ?? 0;
  requireProject(projectId);
  // Placement's host fields are the answers' (a new host is none of them), checked for shape and not applied.
  for (const id of [...(params.Placement.HostIds ?? []), ...(params.Placement.HostId ? [params.Placement.HostId] : [])]) {
    if (!HOST_ID.test(id)) throw new CloudError('InvalidHostId.Malformed', `The dedicated host ID \`${id}\` in \`Placement\` is malformed.`);
  }
  const chargeType = params.HostChargeType ?? 'PREPAID';
  if (chargeType !== 'PREPAID') throw new CloudError('InvalidParameterValue.Range', `\`HostChargeType\` \`${chargeType}\` is not sold: dedicated hosts are PREPAID only.`);
  if (!params.HostChargePrepaid) throw new CloudError('MissingParameter', 'A PREPAID host needs `HostChargePrepaid` (its period in months).');
  const months = requirePeriod(params.HostChargePrepaid.Period, 'HostChargePrepaid.Period');
  const renewFlag = params.HostChargePrepaid.RenewFlag ?? 'NOTIFY_AND_MANUAL_RENEW';
  const type = hostType(params.HostType ?? DEFAULT_HOST_TYPE);
  if (!type) throw new CloudError('InvalidParameterValue.Range', `\`HostType\` \`${params.HostType}\` is not a dedicated host type: HS1, HS50 or HM50.`);
  if (isSoldOut(type, zone)) {
    throw new CloudError('ResourceInsufficient.ZoneSoldOutForSpecifiedInstance', `Dedicated hosts of type ${type.type} are sold out in \`${zone}\`; choose another type or zone.`);
  }
  const count = params.HostCount ?? 1;
  if (count < 1 || count > MOST_PER_CALL) throw new CloudError('InvalidParameterValue.Range', `\`HostCount\` ${count} is out of range: 1–${MOST_PER_CALL} hosts per call.`);
  const held = [...state.hosts.values()].filter((host) => host.zone === zone).length;
  if (held + count > HOSTS_PER_ZONE) {
    throw new CloudError(
      'ResourceInsufficient.ZoneSoldOutForSpecifiedInstance',
      `\`${zone}\` sells an account at most ${HOSTS_PER_ZONE} dedicated hosts; the account holds ${held} there, so ${HOSTS_PER_ZONE - held} more at most.`,
    );
  }
  const tags = creationTags(params.TagSpecification, { resourceType: 'host', noun: 'a dedicated host' });

  const now = Math.floor(world.clock.now() / 1000) * 1000;
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const host: HostRecord = {
      id: newHostId(world.random, state),
      name: '未命名',
      type,
      zone,
      projectId,
      renewFlag,
      createdAt: now,
      expiresAt: addMonths(now, months),
      state: 'PENDING',
      ip: `10.${Math.floor(world.random() * 200) + 20}.${Math.floor(world.random() * 254)}.${Math.floor(world.random() * 250) + 2}`,
      tags: tags.map((tag) => ({ ...tag })),
    };
    state.hosts.set(host.id, host);
    ids.push(host.id);
    world.changes.start<'RUNNING'>({
      transition: HOST_TRANSITIONS.allocate,
      legs: [{ to: 'RUNNING' }],
      enter: (to) => {
        host.state = to;
      },
      onFailure: () => {
        host.state = 'LAUNCH_FAILURE';
      },
      stretch: 0.8 + world.random() * 0.4,
    });
  }
  if (token !== undefined) state.hostTokens.set(token, ids);
  return { HostIdSet: ids };
});

const HOST_FILTERS = (region: RegionWorld): Record<string, FilterDefinition<HostRecord>> => ({
  zone: {
    match: (host, values) => values.includes(host.zone),
    validate: (value) => {
      if (!region.seed.zones.some((z) => z.zone === value)) {
        throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${value}\` does not belong to the region \`${region.seed.region}\`.`);
      }
    },
  },
  'project-id': {
    match: (host, values) => values.includes(String(host.projectId)),
    validate: (value, name) => {
      if (!/^\d+$/.test(value)) throw new CloudError('InvalidParameterValue', `The value \`${value}\` of filter \`${name}\` is not a project ID.`);
    },
  },
  'host-id': {
    match: (host, values) => values.includes(host.id),
    validate: (value) => {
      if (!HOST_ID.test(value)) throw new CloudError('InvalidHostId.Malformed', `The dedicated host ID \`${value}\` of filter \`host-id\` is malformed.`);
    },
  },
  'host-name': { match: (host, values) => values.includes(host.name) },
  'host-state': { match: (host, values) => values.includes(host.state) },
  'host-type': { match: (host, values) => values.includes(host.type.type) },
  ...tagFilters((host: HostRecord) => host.tags),
});

export const describeHosts = handler(cvm.DescribeHosts, (ctx, params) => {
  const matches = compileFilters(params.Filters, HOST_FILTERS(ctx.region));
  const state = placementOf(ctx.world, ctx.region);
  const hosts = [...state.hosts.values()].reverse().filter(matches);
  const instances = hostInstances(ctx.world, ctx.region);
  return { TotalCount: hosts.length, HostSet: paginate(hosts, params.Offset, params.Limit).map((host) => describedHost(host, instances)) };
});

export const modifyHostsAttribute = handler(cvm.ModifyHostsAttribute, (ctx, params) => {
  const hosts = findHosts(placementOf(ctx.world, ctx.region), params.HostIds);
  const { HostName: name, RenewFlag: renewFlag, ProjectId: projectId } = params;
  // "参数HostName和RenewFlag必须设置其中一个，但不能同时设置" (21585); ProjectId is the SDK's, on its own or beside either.
  if (name !== undefined && renewFlag !== undefined) throw new CloudError('InvalidParameterCombination', 'Give `HostName` or `RenewFlag`, not both.');
  if (name === undefined && renewFlag === undefined && projectId === undefined) {
    throw new CloudError('MissingParameter', 'Give `HostName` or `RenewFlag` (or `ProjectId`): there is nothing to change.');
  }
  if (name !== undefined && (name.trim() === '' || [...name].length > 60)) {
    throw new CloudError('InvalidParameterValue', '`HostName` is 1–60 characters.');
  }
  if (renewFlag !== undefined && !(RENEW_FLAGS as readonly string[]).includes(renewFlag)) {
    throw new CloudError('InvalidParameterValue', `\`RenewFlag\` \`${renewFlag}\` is not one of ${RENEW_FLAGS.join(', ')}.`);
  }
  if (projectId !== undefined) requireProject(projectId);
  requireMade(hosts);
  for (const host of hosts) {
    if (name !== undefined) host.name = name;
    if (renewFlag !== undefined) host.renewFlag = renewFlag as RenewFlag;
    if (projectId !== undefined) host.projectId = projectId;
  }
  return {};
});

/** Renewal's checks, shared by RenewHosts and its quote: the hosts, made, and a documented period. */
function renewal(ctx: { world: World; region: RegionWorld }, hostIds: string[], period: number) {
  const hosts = findHosts(placementOf(ctx.world, ctx.region), hostIds);
  const months = requirePeriod(period, 'HostChargePrepaid.Period');
  requireMade(hosts);
  return { hosts, months };
}

export const renewHosts = handler(cvm.RenewHosts, (ctx, params) => {
  const { hosts, months } = renewal(ctx, params.HostIds, params.HostChargePrepaid.Period);
  const now = ctx.world.clock.now();
  for (const host of hosts) {
    // An expired host's new term starts now; a running one's where its term ends.
    host.expiresAt = addMonths(Math.max(host.expiresAt, Math.floor(now / 1000) * 1000), months);
    host.state = 'RUNNING';
    if (params.HostChargePrepaid.RenewFlag) host.renewFlag = params.HostChargePrepaid.RenewFlag;
  }
  return {};
});

export const inquiryPriceRenewHosts = handler(cvm.InquiryPriceRenewHosts, (ctx, params) => {
  const { hosts, months } = renewal(ctx, params.HostIds, params.HostChargePrepaid.Period);
  // "如果检查通过，则返回RequestId" (21965): a dry run answers nothing else.
  if (params.DryRun) return {};
  const total = (m: number) =>
    hosts.reduce(
      (sum, host) => {
        const price = hostPrice(ctx.region, host.type, m);
        return { original: sum.original + price.original, discounted: sum.discounted + price.discounted };
      },
      { original: 0, discounted: 0 },
    );
  return { Price: { HostPrice: periodItemPrice(total, months) } };
});
