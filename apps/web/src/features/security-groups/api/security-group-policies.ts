import { cvm, vpc } from '@cvm/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { ConsoleError } from '../../../api/console-error.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';

// One security group's rules (DescribeSecurityGroupPolicies) and the instances bound to it (DescribeInstances by
// security-group-id); changes carry the Version they were made from, so one made from a stale read is refused by the
// cloud (UnsupportedOperation.VersionMismatch) — then the rules are read again before anyone tries once more.

const policyKeys = {
  rules: (scope: CloudScope, groupId: string) => ['security-group-policies', scope.account, scope.region, groupId] as const,
  instances: (scope: CloudScope, groupId: string) => ['security-group-instances', scope.account, scope.region, groupId] as const,
};

export function useSecurityGroupPolicies(scope: CloudScope | undefined, groupId: string | undefined) {
  return useQuery({
    queryKey: policyKeys.rules(scope ?? { account: '', region: '' }, groupId ?? ''),
    queryFn: scope && groupId ? ({ signal }) => callAction(vpc.DescribeSecurityGroupPolicies, { SecurityGroupId: groupId }, scope, signal) : skipToken,
    select: (answer) => answer.SecurityGroupPolicySet,
  });
}

/** Up to 100 instances bound to the group, and how many there are. */
export function useSecurityGroupInstances(scope: CloudScope | undefined, groupId: string | undefined) {
  return useQuery({
    queryKey: policyKeys.instances(scope ?? { account: '', region: '' }, groupId ?? ''),
    queryFn:
      scope && groupId ? ({ signal }) => callAction(cvm.DescribeInstances, { Filters: [{ Name: 'security-group-id', Values: [groupId] }], Limit: 100 }, scope, signal) : skipToken,
  });
}

export const isStaleVersion = (error: unknown) => error instanceof ConsoleError && error.code === 'UnsupportedOperation.VersionMismatch';

/** One change to a group's rules; the rules (and the groups' UpdateTime) are read again however it ends. */
export function usePolicyChange(scope: CloudScope, groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (send: () => Promise<unknown>) => send(),
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: policyKeys.rules(scope, groupId) }), client.invalidateQueries({ queryKey: createKeys.securityGroups(scope) })]),
  });
}
