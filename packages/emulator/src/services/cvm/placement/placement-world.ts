import type { DisasterRecoverGroupType, HostState, RenewFlag, Tag } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { addMonths } from '../../../state/cloud-time.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { hostType, type HostType } from './host-types.ts';

// What a region holds of placement groups and dedicated hosts, kept beside the region's world (a WeakMap keyed by it,
// so the world itself needs no field for them) and made the first time anything asks.
// An instance's own fields are the one record of where it is: DisasterRecoverGroupId says which group it is in and
// Placement.HostId which host it runs on. A group's InstanceIds and a host's InstanceIds and free resources are read
// from the instances, so a purchase, a move, a launch failure or a terminated instance can never leave them disagreeing.

export interface GroupRecord {
  id: string;
  name: string;
  type: DisasterRecoverGroupType;
  affinity: number;
  strategy: string;
  partitionCount: number;
  tags: Tag[];
  createdAt: number;
}

export interface HostRecord {
  id: string;
  name: string;
  type: HostType;
  zone: string;
  projectId: number;
  renewFlag: RenewFlag;
  createdAt: number;
  /** When the paid term ends (ms); NOTIFY_AND_AUTO_RENEW extends it a month at a time as it passes. */
  expiresAt: number;
  /** PENDING until its allocation lands (the timeline), then RUNNING; EXPIRED is derived from expiresAt. */
  state: HostState;
  ip: string;
  tags: Tag[];
}

export interface PlacementState {
  /** By ID, in the order they were made (DescribeDisasterRecoverGroups lists the newest first). */
  groups: Map<string, GroupRecord>;
  hosts: Map<string, HostRecord>;
  /** CreateDisasterRecoverGroup's ClientToken → the group it made; AllocateHosts' → the hosts. */
  groupTokens: Map<string, string>;
  hostTokens: Map<string, string[]>;
}

/** Placement groups a region may hold: GroupQuota in both of the reference's examples (DescribeAccountQuota 16716, DescribeDisasterRecoverGroupQuota 24256). */
export const GROUP_QUOTA = 10;

/**
 * How many instances a group of each type holds: its spread limit. The figures are the reference's
 * (DescribeDisasterRecoverGroupQuota's example, 24258–24262: CvmInHostGroupQuota 50, CvmInSwitchGroupQuota 20,
 * CvmInRackGroupQuota 30; CreateDisasterRecoverGroup's HOST group answers CvmQuotaTotal 50, 24484, and
 * DescribeDisasterRecoverGroups' RACK group 30, 24084).
 */
export const SPREAD_LIMITS: Readonly<Record<DisasterRecoverGroupType, number>> = { HOST: 50, SW: 20, RACK: 30 };

export const GROUP_ID = /^ps-[a-z0-9]{8}$/;
export const HOST_ID = /^host-[a-z0-9]{8}$/;

const DAY = 86_400_000;

/** The seed's hosts: a few per region, none with instances yet. Their IDs are derived from where they are, not drawn. */
const SEED_HOSTS: { zone: string; type: string; name: string; renewFlag: RenewFlag; months: number; ageDays: number }[] = [
  { zone: 'ap-guangzhou-3', type: 'HS50', name: 'cdh-web-gz3', renewFlag: 'NOTIFY_AND_AUTO_RENEW', months: 12, ageDays: 64 },
  { zone: 'ap-guangzhou-4', type: 'HM50', name: 'cdh-memory-gz4', renewFlag: 'NOTIFY_AND_MANUAL_RENEW', months: 1, ageDays: 9 },
  { zone: 'ap-guangzhou-6', type: 'HS1', name: 'cdh-custom-gz6', renewFlag: 'NOTIFY_AND_AUTO_RENEW', months: 6, ageDays: 21 },
  { zone: 'ap-shanghai-2', type: 'HS1', name: 'cdh-custom-sh2', renewFlag: 'NOTIFY_AND_AUTO_RENEW', months: 3, ageDays: 30 },
  { zone: 'ap-shanghai-2', type: 'HS50', name: 'cdh-web-sh2', renewFlag: 'NOTIFY_AND_MANUAL_RENEW', months: 12, ageDays: 120 },
  { zone: 'ap-beijing-3', type: 'HS50', name: 'cdh-web-bj3', renewFlag: 'NOTIFY_AND_AUTO_RENEW', months: 12, ageDays: 200 },
];

/** Eight lower-case letters or digits from a text, the same every start (FNV-1a, then base 36). */
function derivedSuffix(text: string): string {
  let hash = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 8; round++) {
    for (const char of `${text}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    out += hash.toString(36);
  }
  return out.slice(0, 8);
}

const states = new WeakMap<RegionWorld, PlacementState>();

function seed(world: World, region: RegionWorld): PlacementState {
  const state: PlacementState = { groups: new Map(), hosts: new Map(), groupTokens: new Map(), hostTokens: new Map() };
  SEED_HOSTS.filter((h) => region.seed.zones.some((z) => z.zone === h.zone)).forEach((h, index) => {
    const createdAt = Math.floor((world.seededAt - h.ageDays * DAY) / 1000) * 1000;
    const id = `host-${derivedSuffix(`${h.zone}/${h.name}`)}`;
    state.hosts.set(id, {
      id,
      name: h.name,
      type: hostType(h.type)!,
      zone: h.zone,
      projectId: 0,
      renewFlag: h.renewFlag,
      createdAt,
      expiresAt: addMonths(createdAt, h.months),
      state: 'RUNNING',
      ip: `10.${200 + index}.0.${6 + index}`,
      tags: [],
    });
  });
  return state;
}

/** The region's placement groups and dedicated hosts, with their terms settled against the clock. */
export function placementOf(world: World, region: RegionWorld): PlacementState {
  let state = states.get(region);
  if (!state) {
    state = seed(world, region);
    states.set(region, state);
  }
  world.changes.settle();
  const now = world.clock.now();
  for (const host of state.hosts.values()) settleTerm(host, now);
  return state;
}

/** A term that has passed: renewed a month at a time when the host renews itself, else the host is EXPIRED. */
function settleTerm(host: HostRecord, now: number): void {
  if (host.state !== 'RUNNING' && host.state !== 'EXPIRED') return;
  while (host.expiresAt <= now && host.renewFlag === 'NOTIFY_AND_AUTO_RENEW') host.expiresAt = addMonths(host.expiresAt, 1);
  host.state = host.expiresAt <= now ? 'EXPIRED' : 'RUNNING';
}

/** Whether an instance counts in a group or on a host: every instance the region still has but a launch that failed. */
const holdsPlace = ({ instance }: InstanceRecord) => instance.InstanceState !== 'LAUNCH_FAILED';

/** Group ID → the IDs of its instances, newest first; one walk over the region's instances. */
export function groupMembers(world: World, region: RegionWorld): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const record of world.listInstances(region)) {
    const id = record.instance.DisasterRecoverGroupId;
    if (!id || !holdsPlace(record)) continue;
    const ids = members.get(id);
    if (ids) ids.push(record.instance.InstanceId);
    else members.set(id, [record.instance.InstanceId]);
  }
  return members;
}

/** Host ID → its instances, newest first; one walk over the region's instances. */
export function hostInstances(world: World, region: RegionWorld): Map<string, InstanceRecord[]> {
  const on = new Map<string, InstanceRecord[]>();
  for (const record of world.listInstances(region)) {
    const id = record.instance.Placement.HostId;
    if (!id || !holdsPlace(record)) continue;
    const records = on.get(id);
    if (records) records.push(record);
    else on.set(id, [record]);
  }
  return on;
}

/** What is left of a host for new instances: its CPUs and memory less its instances'. */
export function hostRoom(host: HostRecord, instances: readonly InstanceRecord[]): { cpu: number; memory: number } {
  let cpu = host.type.cpu;
  let memory = host.type.memory;
  for (const { instance } of instances) {
    cpu -= instance.CPU;
    memory -= instance.Memory;
  }
  return { cpu, memory };
}

/** The named group, checked: well formed (InvalidParameterValue.DisasterRecoverGroupIdMalformed) and existing (`missingCode`). */
export function findGroup(state: PlacementState, id: string, missingCode: string, parameter = 'DisasterRecoverGroupId'): GroupRecord {
  if (!GROUP_ID.test(id)) {
    throw new CloudError(
      'InvalidParameterValue.DisasterRecoverGroupIdMalformed',
      `The placement group ID \`${id}\` in \`${parameter}\` is malformed: expected ps- followed by 8 lower-case letters or digits.`,
    );
  }
  const group = state.groups.get(id);
  if (!group) throw new CloudError(missingCode, `The placement group \`${id}\` does not exist.`);
  return group;
}

/** The named hosts, checked as the host actions check them: well formed, no more than `max`, each existing. */
export function findHosts(state: PlacementState, ids: readonly string[], max = 100): HostRecord[] {
  if (ids.length === 0) throw new CloudError('MissingParameter', 'The request is missing a required parameter `HostIds`.');
  if (ids.length > max) throw new CloudError('InvalidParameterValue.LimitExceeded', `\`HostIds\` names ${ids.length} hosts; at most ${max} are allowed.`);
  for (const id of ids) {
    if (!HOST_ID.test(id))
      throw new CloudError('InvalidHostId.Malformed', `The dedicated host ID \`${id}\` is malformed: expected host- followed by 8 lower-case letters or digits.`);
  }
  if (new Set(ids).size !== ids.length) throw new CloudError('InvalidParameterValue', 'The parameter `HostIds` names the same host more than once.');
  return ids.map((id) => {
    const host = state.hosts.get(id);
    if (!host) throw new CloudError('InvalidHostId.NotFound', `The dedicated host \`${id}\` does not exist in this account.`);
    return host;
  });
}

/** The placement group quota as DescribeAccountQuota's DisasterRecoverGroupQuotaSet answers it. */
export function accountGroupQuota(world: World, region: RegionWorld) {
  return {
    GroupQuota: GROUP_QUOTA,
    CurrentNum: placementOf(world, region).groups.size,
    CvmInHostGroupQuota: SPREAD_LIMITS.HOST,
    CvmInSwitchGroupQuota: SPREAD_LIMITS.SW,
    CvmInRackGroupQuota: SPREAD_LIMITS.RACK,
  };
}
