import { cvm, type Filter } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { newestFirst, type IndexedFilter } from '../../state/instance-index.ts';
import type { InstanceRecord } from '../../state/instance-record.ts';
import type { RegionWorld, World } from '../../state/world.ts';
import { JsonList } from '../../http/json-list.ts';
import { handler } from '../action-handler.ts';
import { compileFilters, definitionOf, paginate } from '../filters.ts';
import { INSTANCE_FILTERS } from './instance-filters.ts';
import { assertInstanceId } from './id-formats.ts';

// DescribeInstances (9866) and DescribeInstancesStatus (20354). Both list newest first. Neither looks at every
// instance: IDs are looked up, filters walk the region's index (state/instance-index.ts), a page of everything is a
// slice of the index's order.

/** The instances these IDs name (each once, unknown ones left out), newest first. */
function byIds(world: World, region: RegionWorld, ids: readonly string[]): InstanceRecord[] {
  world.instanceIndex(region); // transitions settled, terminated instances gone
  const found = new Set<InstanceRecord>();
  for (const id of ids) {
    const record = region.instances.peek(id);
    if (record) found.add(record);
  }
  return [...found].sort(newestFirst);
}

/**
 * What the filters name that the region does not have, refused instead of answering an empty page: a zone of another
 * region (or none) `InvalidZone.MismatchRegion`, a security group the region lacks `InvalidSecurityGroupId.NotFound`
 * (both listed for DescribeInstances, reference 10910–10935). Checked after every value's format.
 */
function requireKnownNames(region: RegionWorld, filters: Filter[]): void {
  for (const { Name, Values } of filters) {
    for (const value of Values) {
      if (Name === 'zone' && !region.seed.zones.some((zone) => zone.zone === value)) {
        throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${value}\` does not belong to the region \`${region.seed.region}\`.`);
      }
      if (Name === 'security-group-id' && !region.network.securityGroups.some((group) => group.SecurityGroupId === value)) {
        throw new CloudError('InvalidSecurityGroupId.NotFound', `The security group \`${value}\` does not exist in ${region.seed.region}.`);
      }
    }
  }
}

/** The instances that pass every filter, newest first; the filters' values are checked (and refused) first. */
export function filteredInstances(world: World, region: RegionWorld, filters: Filter[]): InstanceRecord[] {
  const matches = compileFilters(filters, INSTANCE_FILTERS);
  requireKnownNames(region, filters);
  const indexed: IndexedFilter[] = [];
  for (const filter of filters) {
    const resolved = definitionOf(filter.Name, INSTANCE_FILTERS);
    if (resolved?.definition.index) indexed.push({ field: resolved.key, definition: resolved.definition.index, values: filter.Values, name: filter.Name });
  }
  const index = world.instanceIndex(region);
  const found = index.remember(JSON.stringify(filters.map((f) => [f.Name, f.Values])), () => index.select(indexed, matches));
  if (VERIFY_INDEX) {
    // EMULATOR_VERIFY_INDEX=1: every filtered answer is checked against a scan of every instance, and the lists too.
    const scanned = index.allArray().filter(matches);
    const problems = index.verify();
    if (scanned.length !== found.length || scanned.some((r, i) => r !== found[i]) || problems.length) {
      throw new Error(`The instance index answered ${found.length} instances where a scan finds ${scanned.length} (${JSON.stringify(filters)}); ${problems.join('; ')}`);
    }
  }
  return found;
}

const VERIFY_INDEX = process.env.EMULATOR_VERIFY_INDEX === '1';

/** One page of what the parameters ask for, and how many there are in all. */
function describe(world: World, region: RegionWorld, params: { InstanceIds?: string[]; Filters?: Filter[]; Offset?: number; Limit?: number }) {
  if (params.InstanceIds?.length) {
    const all = byIds(world, region, params.InstanceIds);
    return { total: all.length, page: paginate(all, params.Offset, params.Limit) };
  }
  if (params.Filters?.length) {
    const all = filteredInstances(world, region, params.Filters);
    return { total: all.length, page: paginate(all, params.Offset, params.Limit) };
  }
  const all = world.instanceIndex(region).all();
  return { total: all.size, page: all.slice(params.Offset ?? 0, params.Limit ?? 20) };
}

export const describeInstances = handler(cvm.DescribeInstances, (ctx, params) => {
  if (params.InstanceIds?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter', 'The parameters `InstanceIds` and `Filters` cannot be specified at the same time.');
  }
  params.InstanceIds?.forEach((id) => assertInstanceId(id));
  const { total, page } = describe(ctx.world, ctx.region, params);
  // Each instance's JSON as the region keeps it: written once while it does not change, not on every page.
  const index = ctx.world.instanceIndex(ctx.region);
  return { TotalCount: total, InstanceSet: new JsonList(page.map((record) => index.json(record))) };
});

export const describeInstancesStatus = handler(cvm.DescribeInstancesStatus, (ctx, params) => {
  params.InstanceIds?.forEach((id) => assertInstanceId(id));
  const { total, page } = describe(ctx.world, ctx.region, { InstanceIds: params.InstanceIds, Offset: params.Offset, Limit: params.Limit });
  return {
    TotalCount: total,
    InstanceStatusSet: page.map(({ instance }) => ({ InstanceId: instance.InstanceId, InstanceState: instance.InstanceState })),
  };
});
