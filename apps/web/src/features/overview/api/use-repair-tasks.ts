import { cvm, formatCloudTime } from '@cvm/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';

// The account's maintenance tasks (DescribeTaskInfo, every region in one call) created in the last 30 days — the
// cloud's default window is only today — and the authorization of a pending one (RepairTaskControl).

const DAY = 86_400_000;
/** The tasks one read asks for (the API's largest page); an account with more sees the newest. */
const PAGE = 100;

const repairKeys = (account: string | undefined) => ['repair-tasks', account] as const;

export function useRepairTasks(scope: CloudScope | undefined) {
  return useQuery({
    queryKey: repairKeys(scope?.account),
    queryFn: scope
      ? ({ signal }) => {
          const now = Date.now();
          return callAction(
            cvm.DescribeTaskInfo,
            { Limit: PAGE, Offset: 0, StartDate: formatCloudTime(now - 30 * DAY), EndDate: formatCloudTime(now), OrderField: 'CreateTime', Order: 1 },
            scope,
            signal,
          );
        }
      : skipToken,
    staleTime: 60_000,
  });
}

export function useAuthorizeRepair(scope: CloudScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, instanceId, at }: { taskId: string; instanceId: string; at?: number }) =>
      callAction(
        cvm.RepairTaskControl,
        { Product: 'CVM', InstanceIds: [instanceId], TaskId: taskId, Operate: 'AuthorizeRepair', ...(at === undefined ? {} : { OrderAuthTime: formatCloudTime(at) }) },
        scope,
      ),
    onSettled: () => client.invalidateQueries({ queryKey: repairKeys(scope.account) }),
  });
}
