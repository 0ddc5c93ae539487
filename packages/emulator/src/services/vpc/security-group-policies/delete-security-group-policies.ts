import { vpc } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { describeRule, oneDirection, policyPath, readPolicy, sameRule } from './policy-input.ts';
import { checkVersion, commit, findGroupRules } from './rule-book.ts';

// DeleteSecurityGroupPolicies: rules of one direction removed, named either by PolicyIndex or by what they match
// (Action, Protocol, source, Port), one way per request ("支持指定索引（PolicyIndex）匹配删除和安全组规则匹配删除两种
// 方式，一个请求中只能使用一种匹配方式"). The indexes are those of the rules as the caller read them, all removed at
// once, so deleting 0 and 1 removes the first two rules. A rule named that is not there refuses the whole call.

export const deleteSecurityGroupPolicies = handler(vpc.DeleteSecurityGroupPolicies, (ctx, params) => {
  const found = findGroupRules(ctx, params.SecurityGroupId);
  checkVersion(found, params.SecurityGroupPolicySet.Version);
  const { direction, policies } = oneDirection(params.SecurityGroupPolicySet);
  const list = found.rules[direction];
  const byIndex = policies.filter((policy) => policy.PolicyIndex !== undefined).length;
  if (byIndex !== 0 && byIndex !== policies.length) {
    throw new CloudError('InvalidParameter.Coexist', `The parameter \`SecurityGroupPolicySet.${direction}\` names rules both by PolicyIndex and by content; use one way.`);
  }
  const doomed = new Set<number>();
  policies.forEach((policy, i) => {
    const at = policyPath(direction, i);
    if (byIndex) {
      const index = policy.PolicyIndex!;
      if (index < 0 || index >= list.length) {
        throw new CloudError('InvalidParameterValue.Range', `The parameter \`${at}.PolicyIndex\` is ${index}; the ${direction} rules run from 0 to ${list.length - 1}.`);
      }
      doomed.add(index);
      return;
    }
    const wanted = readPolicy(ctx, policy, at);
    const index = list.findIndex((existing) => sameRule(existing, wanted));
    if (index < 0) {
      throw new CloudError('ResourceNotFound', `No ${direction} rule of \`${found.group.SecurityGroupId}\` is "${describeRule(wanted)}" (parameter \`${at}\`).`);
    }
    doomed.add(index);
  });
  commit(ctx, found, { [direction]: list.filter((_, index) => !doomed.has(index)) });
  return {};
});
