import { vpc, type SecurityGroupPolicySetInput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { oneDirection, policyPath, readPolicy, refuseDuplicates } from './policy-input.ts';
import { checkVersion, commit, findGroupRules } from './rule-book.ts';

// ReplaceSecurityGroupPolicy replaces one rule, ReplaceSecurityGroupPolicies one or more of one direction, each named
// by its PolicyIndex ("必须要指定索引（PolicyIndex）") and rewritten in place: the rule keeps its place, its content
// and ModifyTime are the new ones. OriginalSecurityGroupPolicySet is for the cloud's log only in this use and is not
// read. UpdateType Priority and Both (moving rules, paired with OriginalSecurityGroupPolicySet) are not emulated:
// refused by name, so a caller relying on them finds out here rather than against the cloud.

function replace(ctx: RequestContext, securityGroupId: string, set: SecurityGroupPolicySetInput, most: number): object {
  const found = findGroupRules(ctx, securityGroupId);
  checkVersion(found, set.Version);
  const { direction, policies } = oneDirection(set);
  if (policies.length > most) {
    throw new CloudError(
      'InvalidParameterValue.LimitExceeded',
      `The parameter \`SecurityGroupPolicySet.${direction}\` holds ${policies.length} rules; this action replaces ${most}.`,
    );
  }
  const next = [...found.rules[direction]];
  const replaced = new Set<number>();
  policies.forEach((policy, i) => {
    const at = policyPath(direction, i);
    const index = policy.PolicyIndex;
    if (index === undefined) throw new CloudError('InvalidParameterValue.Empty', `The parameter \`${at}.PolicyIndex\` is missing: it names the rule to replace.`);
    if (index < 0 || index >= next.length) {
      throw new CloudError('InvalidParameterValue.Range', `The parameter \`${at}.PolicyIndex\` is ${index}; the ${direction} rules run from 0 to ${next.length - 1}.`);
    }
    if (replaced.has(index)) throw new CloudError('InvalidParameter', `The parameter \`${at}.PolicyIndex\` names rule ${index} a second time.`);
    replaced.add(index);
    next[index] = readPolicy(ctx, policy, at);
  });
  refuseDuplicates(next, direction);
  commit(ctx, found, { [direction]: next });
  return {};
}

export const replaceSecurityGroupPolicy = handler(vpc.ReplaceSecurityGroupPolicy, (ctx, params) =>
  // "单个请求中只能替换单个方向的一条规则"
  replace(ctx, params.SecurityGroupId, params.SecurityGroupPolicySet, 1),
);

export const replaceSecurityGroupPolicies = handler(vpc.ReplaceSecurityGroupPolicies, (ctx, params) => {
  const type = params.UpdateType ?? 'Policy';
  if (type === 'Priority' || type === 'Both') {
    throw new CloudError(
      'InvalidParameterValue',
      `The parameter \`UpdateType\` is ${type}: the emulator replaces rules' content only (UpdateType Policy); moving rules is not emulated.`,
    );
  }
  if (type !== 'Policy') throw new CloudError('InvalidParameterValue.Range', `The parameter \`UpdateType\` is \`${type}\`; it takes Policy, Priority or Both.`);
  return replace(ctx, params.SecurityGroupId, params.SecurityGroupPolicySet, Number.POSITIVE_INFINITY);
});
