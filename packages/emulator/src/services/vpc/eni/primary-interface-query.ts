import type { Filter, NetworkInterface } from '@cvm/shared';
import { newestFirst, type IndexedFilter } from '../../../state/instance-index.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { INSTANCE_FILTERS } from '../../cvm/instance-filters.ts';
import { definitionOf, type FilterDefinition } from '../../filters.ts';
import { PRIMARY_INTERFACE_CONSTANTS, hasPrimaryInterface, instanceOfPrimaryInterfaceId, instanceOfPrimaryMac, primaryInterfaceOf } from './primary-interface.ts';

// Which instances' primary interfaces a DescribeNetworkInterfaces query selects, without building an interface per
// instance: `attachment.instance-id`, `network-interface-id` and `mac-address` (both lead back to the instance ID) name
// the instances, which are looked up; `vpc-id`, `subnet-id`, `groups.security-group-id` and `address-ip` are answered
// by the region's instance index (state/instance-index.ts) under DescribeInstances' own filters, a walk of that VPC's
// (…) instances; `is-primary`, `eni-type`, names, descriptions and tags are the same for
// every primary interface and decided once. Any other filter (whatever the elastic interfaces' list learns later) is
// decided on the interface itself, built for the instances the other filters leave. Newest instance first.

interface PrimaryFilter {
  /**
   * The instance IDs the filter's values lead to: the instances are looked up, not searched for. `attachment.instance-id`
   * names them; an interface's ID and MAC are computed from its instance's ID and lead back to it.
   */
  instances?: (values: string[]) => string[];
  /** DescribeInstances' filter whose index answers this one. */
  index?: string;
  /** Decides on the instance without building its interface. */
  match: (record: InstanceRecord, values: string[]) => boolean;
}

const instanceIds = (values: string[], toInstance: (value: string) => string | undefined) => values.flatMap((v) => toInstance(v) ?? []);
const byInstanceId = (toInstance: (value: string) => string | undefined): PrimaryFilter => ({
  instances: (values) => instanceIds(values, toInstance),
  match: ({ instance }, values) => instanceIds(values, toInstance).includes(instance.InstanceId),
});

const PRIMARY_FILTERS: Record<string, PrimaryFilter> = {
  'vpc-id': { index: 'vpc-id', match: ({ instance }, values) => values.includes(instance.VirtualPrivateCloud.VpcId) },
  'subnet-id': { index: 'subnet-id', match: ({ instance }, values) => values.includes(instance.VirtualPrivateCloud.SubnetId) },
  'attachment.instance-id': byInstanceId((id) => id),
  'network-interface-id': byInstanceId(instanceOfPrimaryInterfaceId),
  'mac-address': byInstanceId(instanceOfPrimaryMac),
  'groups.security-group-id': { index: 'security-group-id', match: ({ instance }, values) => instance.SecurityGroupIds.some((id) => values.includes(id)) },
  'address-ip': { index: 'private-ip-address', match: ({ instance }, values) => instance.PrivateIpAddresses.some((ip) => values.includes(ip)) },
};

/**
 * Filters on what every primary interface has alike (is-primary, eni-type, name, description, tags): decided once, on
 * those constants, by the elastic interfaces' own definition.
 */
const CONSTANT_FILTERS = new Set(['is-primary', 'eni-type', 'network-interface-name', 'network-interface-description', 'tag-key', 'tag:']);

/** A query's primary interfaces: how many, and one page of their instances. */
export interface PrimaryOwners {
  total: number;
  page: (from: number, count: number) => InstanceRecord[];
}

export const listedOwners = (records: readonly InstanceRecord[]): PrimaryOwners => ({
  total: records.length,
  page: (from, count) => records.slice(from, from + Math.max(0, count)),
});

/**
 * Every instance's primary interface, without a pass over the region: only an instance that never launched lacks a
 * private IP (build-instance.ts: LAUNCH_FAILED from the seed), and that state takes no action that gives it one, so
 * the few without are found under LAUNCH_FAILED in the index and skipped; a page is a slice of the newest-first order.
 */
function everyPrimaryOwner(world: World, region: RegionWorld): PrimaryOwners {
  const index = world.instanceIndex(region);
  const all = index.all();
  const state = INSTANCE_FILTERS['instance-state']!.index!;
  const without = index.select([{ field: 'instance-state', definition: state, values: ['LAUNCH_FAILED'], name: 'instance-state' }], (r) => !hasPrimaryInterface(r));
  const skipped = new Set(without);
  return {
    total: all.size - without.length,
    page: (from, count) => {
      if (count <= 0) return [];
      // Where the from-th instance with an interface stands: past every one without that comes before it.
      let at = from;
      for (;;) {
        const first = all.slice(at, 1)[0];
        if (!first) return [];
        const before = without.filter((r) => newestFirst(r, first) <= 0).length;
        if (from + before === at) break;
        at = from + before;
      }
      return all
        .slice(at, count + without.length)
        .filter((r) => !skipped.has(r))
        .slice(0, count);
    },
  };
}

/**
 * The instances whose primary interface passes every filter (already checked and compiled against `definitions`, the
 * elastic interfaces' filters), newest first.
 */
export function primaryInterfaceOwners(
  world: World,
  region: RegionWorld,
  filters: readonly Filter[],
  definitions: Record<string, FilterDefinition<NetworkInterface>>,
): PrimaryOwners {
  const indexed: IndexedFilter[] = [];
  let named: string[] | undefined;
  const checks: ((record: InstanceRecord) => boolean)[] = [];
  for (const filter of filters) {
    const resolved = definitionOf(filter.Name, definitions);
    if (resolved && CONSTANT_FILTERS.has(resolved.key)) {
      if (!resolved.definition.match(PRIMARY_INTERFACE_CONSTANTS as unknown as NetworkInterface, filter.Values, filter.Name)) return listedOwners([]);
      continue;
    }
    const own = PRIMARY_FILTERS[filter.Name];
    if (own) {
      if (own.instances) named ??= own.instances(filter.Values);
      if (own.index) indexed.push({ field: own.index, definition: INSTANCE_FILTERS[own.index]!.index!, values: filter.Values, name: own.index });
      checks.push((record) => own.match(record, filter.Values));
    } else if (resolved) checks.push((record) => resolved.definition.match(primaryInterfaceOf(world, record), filter.Values, filter.Name));
  }
  if (!checks.length) return everyPrimaryOwner(world, region);
  const matches = (record: InstanceRecord) => hasPrimaryInterface(record) && checks.every((check) => check(record));
  if (named) return listedOwners(primaryInterfaceOwnersById(world, region, named, matches));
  const index = world.instanceIndex(region);
  // The console reads a VPC's interfaces every few seconds while one changes: answered again while nothing changed.
  return listedOwners(index.remember(`eni\0${JSON.stringify(filters.map((f) => [f.Name, f.Values]))}`, () => index.select(indexed, matches)));
}

/** The instances these IDs name (each once; unknown ones and those without a primary interface left out), newest first. */
export function primaryInterfaceOwnersById(
  world: World,
  region: RegionWorld,
  instanceIds: readonly string[],
  matches: (record: InstanceRecord) => boolean = hasPrimaryInterface,
): InstanceRecord[] {
  world.instanceIndex(region);
  const found = new Set<InstanceRecord>();
  for (const id of instanceIds) {
    const record = region.instances.peek(id);
    if (record && matches(record)) found.add(record);
  }
  return [...found].sort(newestFirst);
}
