import { ecs, type EcsInstance } from '@cvm/shared';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { ecsKeys } from './scaling-keys.ts';

export interface EcsInstancePage {
  instances: EcsInstance[];
  total: number;
}

/** One page of the region's ECS instances (PageNumber from 1), for choosing what to attach. */
export function useEcsInstancePage(scope: CloudScope | undefined, pageNumber: number, pageSize: number) {
  return useQuery({
    queryKey: ecsKeys.page(scope, pageNumber, pageSize),
    queryFn: scope
      ? async ({ signal }): Promise<EcsInstancePage> => {
          const answer = await callAction(ecs.DescribeInstances, { PageNumber: pageNumber, PageSize: pageSize }, scope, signal);
          return { instances: answer.Instances.Instance, total: answer.TotalCount };
        }
      : skipToken,
    // The old page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/** Up to 100 instances by ID (ECS takes them as a JSON array in one string): names for the group's members. */
export function useEcsInstancesById(scope: CloudScope | undefined, ids: readonly string[]) {
  const sorted = [...ids].sort();
  return useQuery({
    queryKey: ecsKeys.byIds(scope, sorted),
    queryFn:
      scope && sorted.length > 0
        ? async ({ signal }) => {
            const answer = await callAction(ecs.DescribeInstances, { InstanceIds: JSON.stringify(sorted.slice(0, 100)), PageSize: 100 }, scope, signal);
            return new Map(answer.Instances.Instance.map((i) => [i.InstanceId, i]));
          }
        : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
