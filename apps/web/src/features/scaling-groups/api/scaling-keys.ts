import type { CloudScope } from '../../../api/cloud-scope.ts';

// Every Auto Scaling query's key starts with the account and region, so a switch of either never shows another
// account's groups; the parts after it say what was asked, so one refresh can name exactly what an attach changed.
export const scalingKeys = {
  all: ['aliyun-ess'] as const,
  scope: (scope: CloudScope | undefined) => [...scalingKeys.all, scope?.account, scope?.region] as const,
  groups: (scope: CloudScope | undefined) => [...scalingKeys.scope(scope), 'groups'] as const,
  members: (scope: CloudScope | undefined, groupId: string) => [...scalingKeys.scope(scope), 'members', groupId] as const,
  /** Which group each of some instances belongs to, whichever group that is. */
  membership: (scope: CloudScope | undefined, instanceIds: readonly string[]) => [...scalingKeys.scope(scope), 'membership', ...instanceIds] as const,
  activities: (scope: CloudScope | undefined, groupId: string) => [...scalingKeys.scope(scope), 'activities', groupId] as const,
  activity: (scope: CloudScope | undefined, activityId: string) => [...scalingKeys.scope(scope), 'activity', activityId] as const,
};

export const ecsKeys = {
  all: ['aliyun-ecs'] as const,
  scope: (scope: CloudScope | undefined) => [...ecsKeys.all, scope?.account, scope?.region] as const,
  page: (scope: CloudScope | undefined, pageNumber: number, pageSize: number) => [...ecsKeys.scope(scope), 'page', pageNumber, pageSize] as const,
  byIds: (scope: CloudScope | undefined, ids: readonly string[]) => [...ecsKeys.scope(scope), 'ids', ...ids] as const,
};
