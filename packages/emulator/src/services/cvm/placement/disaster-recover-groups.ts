import { cvm, DISASTER_RECOVER_GROUP_TYPES, type DisasterRecoverGroup, type DisasterRecoverGroupType } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import { resourceId } from '../../../state/random.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, paginate } from '../../filters.ts';
import { findGroup, GROUP_ID, GROUP_QUOTA, groupMembers, placementOf, SPREAD_LIMITS, type GroupRecord, type PlacementState } from './placement-world.ts';
import { creationTags, tagFilters } from '../resource-tags.ts';

// Placement groups (分散置放群组, reference 23931–24870): a region holds at most GROUP_QUOTA of them; each is of a type
// (HOST, SW, RACK) that says over what its instances are spread and how many it holds (SPREAD_LIMITS); only an empty one
// can be deleted ("只有空的置放群组才能被删除", 24720). Names are 1–60 characters, Affinity 1–10 (the SDK's, default 1).
// Strategy SPREAD (default) or PARTITION, the SDK's partition placement group, with PartitionCount 2–30.

const NAME_MAX = 60;

/** A group as DescribeDisasterRecoverGroups answers it, with its instances now. */
function describedGroup(group: GroupRecord, members: readonly string[]): DisasterRecoverGroup {
  return {
    DisasterRecoverGroupId: group.id,
    Name: group.name,
    Type: group.type,
    CvmQuotaTotal: SPREAD_LIMITS[group.type],
    CurrentNum: members.length,
    InstanceIds: [...members],
    CreateTime: cloudTime(group.createdAt),
    Affinity: group.affinity,
    Strategy: group.strategy,
    PartitionCount: group.partitionCount,
    Tags: group.tags.map((tag) => ({ ...tag })),
  };
}

/** A group's name: 1–60 characters (InvalidParameterValue.TooLong beyond; `emptyCode` for none). */
function checkName(name: string, emptyCode: string): string {
  if (name.trim() === '') throw new CloudError(emptyCode, 'The parameter `Name` is empty: a placement group name is 1–60 characters.');
  if ([...name].length > NAME_MAX) throw new CloudError('InvalidParameterValue.TooLong', `\`Name\` is ${[...name].length} characters; at most ${NAME_MAX} are allowed.`);
  return name;
}

function checkAffinity(affinity: number | undefined, code: string): number {
  if (affinity === undefined) return 1;
  if (affinity < 1 || affinity > 10) throw new CloudError(code, `\`Affinity\` ${affinity} is out of range: a placement group's affinity is 1–10.`);
  return affinity;
}

export const createDisasterRecoverGroup = handler(cvm.CreateDisasterRecoverGroup, (ctx, params) => {
  const state = placementOf(ctx.world, ctx.region);
  const token = params.ClientToken;
  if (token !== undefined) {
    if (token.length > 64 || !/^[\x20-\x7e]*$/.test(token)) throw new CloudError('InvalidParameterValue.TooLong', '`ClientToken` must be at most 64 ASCII characters.');
    const earlier = state.groups.get(state.groupTokens.get(token) ?? '');
    if (earlier) return createdAnswer(earlier, groupMembers(ctx.world, ctx.region).get(earlier.id)?.length ?? 0);
  }
  const name = checkName(params.Name, 'InvalidParameterValue.Range');
  if (!(DISASTER_RECOVER_GROUP_TYPES as readonly string[]).includes(params.Type)) {
    throw new CloudError('InvalidParameterValue.Range', `\`Type\` \`${params.Type}\` is not a placement group type: use HOST, SW or RACK.`);
  }
  const affinity = checkAffinity(params.Affinity, 'InvalidParameterValue.Range');
  const strategy = params.Strategy ?? 'SPREAD';
  if (strategy !== 'SPREAD' && strategy !== 'PARTITION') throw new CloudError('InvalidParameterValue.Range', `\`Strategy\` \`${strategy}\` is neither SPREAD nor PARTITION.`);
  let partitionCount = 0;
  if (strategy === 'PARTITION') {
    if (params.PartitionCount === undefined) throw new CloudError('MissingParameter', 'A PARTITION placement group needs `PartitionCount` (2–30).');
    if (params.PartitionCount < 2 || params.PartitionCount > 30)
      throw new CloudError('InvalidParameterValue.Range', `\`PartitionCount\` ${params.PartitionCount} is out of range: 2–30.`);
    partitionCount = params.PartitionCount;
  } else if (params.PartitionCount !== undefined) {
    throw new CloudError('InvalidParameterCombination', '`PartitionCount` is for a PARTITION placement group; this one is SPREAD.');
  }
  const tags = creationTags(params.TagSpecification, { resourceType: 'ps', noun: 'a placement group' });
  if (state.groups.size >= GROUP_QUOTA) {
    throw new CloudError('ResourceInsufficient.InsufficientGroupQuota', `${ctx.region.seed.region} already holds ${GROUP_QUOTA} placement groups, the account's quota.`);
  }
  const group: GroupRecord = {
    id: newGroupId(ctx.world.random, state),
    name,
    type: params.Type as DisasterRecoverGroupType,
    affinity,
    strategy,
    partitionCount,
    tags,
    createdAt: Math.floor(ctx.world.clock.now() / 1000) * 1000,
  };
  state.groups.set(group.id, group);
  if (token !== undefined) state.groupTokens.set(token, group.id);
  return createdAnswer(group, 0);
});

function newGroupId(random: () => number, state: PlacementState): string {
  for (;;) {
    const id = resourceId('ps', random);
    if (!state.groups.has(id)) return id;
  }
}

function createdAnswer(group: GroupRecord, current: number) {
  return {
    DisasterRecoverGroupId: group.id,
    Type: group.type,
    Name: group.name,
    CvmQuotaTotal: SPREAD_LIMITS[group.type],
    CurrentNum: current,
    CreateTime: cloudTime(group.createdAt),
    Strategy: group.strategy,
    PartitionCount: group.partitionCount,
  };
}

export const describeDisasterRecoverGroups = handler(cvm.DescribeDisasterRecoverGroups, (ctx, params) => {
  const ids = params.DisasterRecoverGroupIds ?? [];
  if (ids.length > 10) throw new CloudError('InvalidParameterValue.LimitExceeded', `\`DisasterRecoverGroupIds\` names ${ids.length} groups; at most 10 are allowed.`);
  for (const id of ids) {
    if (!GROUP_ID.test(id)) throw new CloudError('InvalidParameterValue.DisasterRecoverGroupIdMalformed', `The placement group ID \`${id}\` is malformed.`);
  }
  const matches = compileFilters(
    params.Filters,
    tagFilters((group: GroupRecord) => group.tags),
  );
  const name = params.Name?.toLowerCase();
  const state = placementOf(ctx.world, ctx.region);
  const wanted = ids.length ? new Set(ids) : undefined;
  const groups = [...state.groups.values()].reverse().filter((group) => (!wanted || wanted.has(group.id)) && (!name || group.name.toLowerCase().includes(name)) && matches(group));
  const members = groupMembers(ctx.world, ctx.region);
  return {
    DisasterRecoverGroupSet: paginate(groups, params.Offset, params.Limit).map((group) => describedGroup(group, members.get(group.id) ?? [])),
    TotalCount: groups.length,
  };
});

export const describeDisasterRecoverGroupQuota = handler(cvm.DescribeDisasterRecoverGroupQuota, (ctx) => ({
  ...disasterRecoverGroupQuota(placementOf(ctx.world, ctx.region)),
}));

/** What DescribeDisasterRecoverGroupQuota answers (DescribeAccountQuota's DisasterRecoverGroupQuotaSet too). */
export function disasterRecoverGroupQuota(state: PlacementState) {
  return {
    GroupQuota: GROUP_QUOTA,
    CurrentNum: state.groups.size,
    CvmInHostGroupQuota: SPREAD_LIMITS.HOST,
    CvmInSwGroupQuota: SPREAD_LIMITS.SW,
    CvmInRackGroupQuota: SPREAD_LIMITS.RACK,
    CvmInSwitchGroupQuota: SPREAD_LIMITS.SW,
  };
}

export const modifyDisasterRecoverGroupAttribute = handler(cvm.ModifyDisasterRecoverGroupAttribute, (ctx, params) => {
  const state = placementOf(ctx.world, ctx.region);
  // The page lists no malformed-ID code: a malformed ID names no group.
  if (!GROUP_ID.test(params.DisasterRecoverGroupId)) {
    throw new CloudError('ResourceNotFound.InvalidPlacementSet', `The placement group \`${params.DisasterRecoverGroupId}\` does not exist.`);
  }
  const group = findGroup(state, params.DisasterRecoverGroupId, 'ResourceNotFound.InvalidPlacementSet');
  const name = checkName(params.Name, 'InvalidParameterValue');
  const affinity = params.Affinity === undefined ? group.affinity : checkAffinity(params.Affinity, 'InvalidParameterValue');
  group.name = name;
  group.affinity = affinity;
  return {};
});

export const deleteDisasterRecoverGroups = handler(cvm.DeleteDisasterRecoverGroups, (ctx, params) => {
  const ids = params.DisasterRecoverGroupIds;
  if (ids.length === 0) throw new CloudError('MissingParameter', 'The request is missing a required parameter `DisasterRecoverGroupIds`.');
  if (ids.length > 10) throw new CloudError('InvalidParameterValue.LimitExceeded', `\`DisasterRecoverGroupIds\` names ${ids.length} groups; at most 10 are allowed.`);
  const state = placementOf(ctx.world, ctx.region);
  const groups = ids.map((id) => findGroup(state, id, 'ResourceNotFound.InvalidPlacementSet', 'DisasterRecoverGroupIds'));
  const members = groupMembers(ctx.world, ctx.region);
  const busy = groups.find((group) => members.get(group.id)?.length);
  if (busy) {
    const count = members.get(busy.id)!.length;
    throw new CloudError(
      'FailedOperation.PlacementSetNotEmpty',
      `The placement group \`${busy.id}\` still holds ${count} instance${count === 1 ? '' : 's'}: move or destroy them before deleting it.`,
    );
  }
  for (const group of groups) state.groups.delete(group.id);
  // A token of a deleted group makes a new group (CreateDisasterRecoverGroup reads the group it names), so it is dropped:
  // the tokens kept are never more than the groups.
  for (const [token, id] of state.groupTokens) if (!state.groups.has(id)) state.groupTokens.delete(token);
  return {};
});
