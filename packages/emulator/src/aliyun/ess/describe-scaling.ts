import { ess } from '@cvm/shared';
import { pageOf, rpcHandler } from '../rpc-handler.ts';

// The three reads of a scaling group: the groups, the instances in one, and what has been done to it.

export const describeScalingGroups = rpcHandler(ess.DescribeScalingGroups, ({ world, region, params }) => {
  const ids = params.list('ScalingGroupId', 20).filter((id): id is string => id !== undefined);
  const name = params.string('ScalingGroupName');
  const page = params.page(50);
  const groups = [...region.groups.values()]
    .filter((g) => (ids.length === 0 || ids.includes(g.settings.ScalingGroupId)) && (!name || g.settings.ScalingGroupName === name))
    .map((g) => world.describeGroup(g));
  const { slice, ...paging } = pageOf(groups, page);
  return { ScalingGroups: { ScalingGroup: slice }, ...paging };
});

export const describeScalingInstances = rpcHandler(ess.DescribeScalingInstances, ({ region, params }) => {
  const groupId = params.string('ScalingGroupId');
  const ids = params.list('InstanceId', 20).filter((id): id is string => id !== undefined);
  const creationType = params.oneOf('CreationType', ['AutoCreated', 'Attached'] as const);
  const state = params.oneOf('LifecycleState', ['InService', 'Pending', 'Removing'] as const);
  const page = params.page(50);
  const members = [...region.groups.values()]
    .filter((g) => !groupId || g.settings.ScalingGroupId === groupId)
    .flatMap((g) => [...g.members.values()])
    .filter((m) => (ids.length === 0 || ids.includes(m.InstanceId)) && (!creationType || m.CreationType === creationType) && (!state || m.LifecycleState === state));
  const { slice, ...paging } = pageOf(members, page);
  return { ScalingInstances: { ScalingInstance: slice }, ...paging };
});

export const describeScalingActivities = rpcHandler(ess.DescribeScalingActivities, ({ region, params }) => {
  const groupId = params.string('ScalingGroupId');
  const ids = params.list('ScalingActivityId', 20).filter((id): id is string => id !== undefined);
  const status = params.oneOf('StatusCode', ['Successful', 'Warning', 'Failed', 'InProgress', 'Rejected'] as const);
  const page = params.page(50);
  const activities = region.activities
    .filter(
      (a) =>
        (!groupId || a.activity.ScalingGroupId === groupId) && (ids.length === 0 || ids.includes(a.activity.ScalingActivityId)) && (!status || a.activity.StatusCode === status),
    )
    .map((a) => ({ ...a.activity }))
    .reverse();
  const { slice, ...paging } = pageOf(activities, page);
  return { ScalingActivities: { ScalingActivity: slice }, ...paging };
});
