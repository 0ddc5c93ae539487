import { SECURITY_GROUP_POLICIES_PER_DIRECTION, vpc } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { oneDirection, policyPath, readPolicy, refuseDuplicates } from './policy-input.ts';
import { checkVersion, commit, findGroupRules } from './rule-book.ts';

// CreateSecurityGroupPolicies: rules added to one direction, together, at one place: PolicyIndex 0 puts them first,
// no PolicyIndex after the last ("如想在规则最前面插入一条，则填0即可，如果想在最后追加，该字段可不填"), and rules sent
// together carry the same index or none ("多条规则的索引必须一致"). A group holds at most
// SECURITY_GROUP_POLICIES_PER_DIRECTION rules a direction (LimitExceeded.SecurityGroupPolicySet past it), and no rule
// twice (UnsupportedOperation.DuplicatePolicy).

export const createSecurityGroupPolicies = handler(vpc.CreateSecurityGroupPolicies, (ctx, params) => {
  const found = findGroupRules(ctx, params.SecurityGroupId);
  checkVersion(found, params.SecurityGroupPolicySet.Version);
  const { direction, policies } = oneDirection(params.SecurityGroupPolicySet);
  const list = found.rules[direction];
  const indexes = new Set(policies.map((policy) => policy.PolicyIndex));
  if (indexes.size > 1) {
    throw new CloudError(
      'InvalidParameter',
      `The parameter \`SecurityGroupPolicySet.${direction}\` places its rules at different PolicyIndex values; rules sent together go to one place.`,
    );
  }
  const at = [...indexes][0] ?? list.length;
  if (at < 0 || at > list.length) {
    throw new CloudError('InvalidParameterValue.Range', `The parameter \`${policyPath(direction, 0)}.PolicyIndex\` is ${at}; the ${direction} rules run from 0 to ${list.length}.`);
  }
  const added = policies.map((policy, i) => readPolicy(ctx, policy, policyPath(direction, i)));
  if (list.length + added.length > SECURITY_GROUP_POLICIES_PER_DIRECTION) {
    throw new CloudError(
      'LimitExceeded.SecurityGroupPolicySet',
      `The security group \`${found.group.SecurityGroupId}\` has ${list.length} ${direction} rules; ${added.length} more would pass the limit of ${SECURITY_GROUP_POLICIES_PER_DIRECTION}.`,
    );
  }
  const next = [...list.slice(0, at), ...added, ...list.slice(at)];
  refuseDuplicates(next, direction);
  commit(ctx, found, { [direction]: next });
  return {};
});
