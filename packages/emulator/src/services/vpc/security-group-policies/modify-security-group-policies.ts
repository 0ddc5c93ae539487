import { vpc } from '@cvm/shared';
import { DIRECTIONS, type PolicyDirection, type StoredPolicy } from '../../../network/security-group-rules.ts';
import { handler } from '../../action-handler.ts';
import { policyPath, readPolicy, refuseDuplicates, sameRule } from './policy-input.ts';
import { commit, findGroupRules, requestedVersion } from './rule-book.ts';

// ModifySecurityGroupPolicies resets both directions to the lists sent ("重置安全组出站和入站规则"); a direction left
// out is reset to no rules. What the page documents of Version here is only that "0" empties both directions and
// ignores the lists; its codes have no VersionMismatch, so a stale Version is not refused by this action (read the
// rules just before, or change them with Create/Delete/Replace, which check it). PolicyIndex is not taken
// ("不支持自定义索引") and is ignored, so rules read can be sent back as they are.
// SortPolicys true resets "strictly in the order sent"; false (the default) "does not change the order": the rules
// the group keeps stay in the order they had, and rules new to it follow, in the order sent.
// A rule sent back unchanged, description included, keeps its ModifyTime.

function keptOrder(before: readonly StoredPolicy[], sent: StoredPolicy[]): StoredPolicy[] {
  const place = (policy: StoredPolicy) => {
    const index = before.findIndex((old) => sameRule(old, policy));
    return index < 0 ? before.length : index;
  };
  // Array.prototype.sort is stable: rules new to the group keep the order they were sent in.
  return [...sent].sort((a, b) => place(a) - place(b));
}

export const modifySecurityGroupPolicies = handler(vpc.ModifySecurityGroupPolicies, (ctx, params) => {
  const found = findGroupRules(ctx, params.SecurityGroupId);
  const set = params.SecurityGroupPolicySet;
  const clear = requestedVersion(set.Version) === 0;
  const next = {} as Record<PolicyDirection, StoredPolicy[]>;
  for (const direction of DIRECTIONS) {
    const before = found.rules[direction];
    const sent = clear
      ? []
      : (set[direction] ?? []).map((input, i) => {
          const policy = readPolicy(ctx, input, policyPath(direction, i));
          const same = before.find((old) => sameRule(old, policy) && old.PolicyDescription === policy.PolicyDescription);
          return same ? { ...policy, ModifyTime: same.ModifyTime } : policy;
        });
    refuseDuplicates(sent, direction);
    next[direction] = params.SortPolicys ? sent : keptOrder(before, sent);
  }
  commit(ctx, found, next);
  return {};
});
