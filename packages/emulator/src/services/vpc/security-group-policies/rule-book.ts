import type { SecurityGroup, SecurityGroupPolicy, SecurityGroupPolicySet } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { DIRECTIONS, type PolicyDirection, type SecurityGroupRules, type StoredPolicy } from '../../../network/security-group-rules.ts';
import { beijingTime } from '../../../state/cloud-time.ts';
import type { RequestContext } from '../../action-handler.ts';
import { SECURITY_GROUP_ID } from '../../cvm/id-formats.ts';

// A group's rules as the actions find, check, change and answer them. Every change goes through commit(): the whole
// change is worked out first and refused before anything moves, so a refused call leaves the rules as they were
// ("整个调用将不被应用并返回错误"); an applied one counts the version up by one.

export interface GroupRules {
  group: SecurityGroup;
  rules: SecurityGroupRules;
}

export function assertSecurityGroupId(id: string, parameter: string): void {
  if (!SECURITY_GROUP_ID.test(id)) {
    throw new CloudError(
      'InvalidParameterValue.Malformed',
      `The parameter \`${parameter}\` is \`${id}\`, not a security group ID (sg- followed by 8 lower-case letters or digits).`,
    );
  }
}

export function findGroup(ctx: RequestContext, id: string, parameter: string): SecurityGroup {
  assertSecurityGroupId(id, parameter);
  const group = ctx.region.network.securityGroups.find((sg) => sg.SecurityGroupId === id);
  if (!group) throw new CloudError('ResourceNotFound', `The security group \`${id}\` (parameter \`${parameter}\`) does not exist in ${ctx.region.seed.region}.`);
  return group;
}

/** The group named by the request's SecurityGroupId, with its rules (none yet for a group made without any). */
export function findGroupRules(ctx: RequestContext, id: string): GroupRules {
  const group = findGroup(ctx, id, 'SecurityGroupId');
  const book = ctx.region.network.securityGroupRules;
  let rules = book.get(id);
  if (!rules) book.set(id, (rules = { version: 0, Ingress: [], Egress: [] }));
  return { group, rules };
}

/** Version as a request writes it: digits, or nothing ("不填不考虑冲突"). */
export function requestedVersion(version: string | undefined): number | undefined {
  if (version === undefined || version === '') return undefined;
  if (!/^[0-9]{1,15}$/.test(version)) {
    throw new CloudError('InvalidParameterValue.Malformed', `The parameter \`SecurityGroupPolicySet.Version\` is \`${version}\`, not a version number.`);
  }
  return Number(version);
}

/**
 * A change made from an older read is refused, so it cannot silently undo what happened since; one that names no
 * version is not checked (CreateSecurityGroupPolicies, DeleteSecurityGroupPolicies, Replace…: "不填不考虑冲突").
 */
export function checkVersion({ group, rules }: GroupRules, version: string | undefined): void {
  const asked = requestedVersion(version);
  if (asked !== undefined && asked !== rules.version) {
    throw new CloudError(
      'UnsupportedOperation.VersionMismatch',
      `SecurityGroupPolicySet.Version is ${asked}, but the rules of \`${group.SecurityGroupId}\` are at version ${rules.version}: read them again and redo the change.`,
    );
  }
}

export const now = (ctx: RequestContext) => beijingTime(ctx.world.clock.now());

/** Applies a change worked out in full: the new lists, the version one up, the group's UpdateTime now. */
export function commit(ctx: RequestContext, { group, rules }: GroupRules, next: Partial<Record<PolicyDirection, StoredPolicy[]>>): void {
  for (const direction of DIRECTIONS) rules[direction] = next[direction] ?? rules[direction];
  rules.version += 1;
  group.UpdateTime = now(ctx);
}

export function answerPolicy(policy: StoredPolicy, index: number): SecurityGroupPolicy {
  return {
    PolicyIndex: index,
    Protocol: policy.Protocol,
    Port: policy.Port,
    ServiceTemplate: { ServiceId: '', ServiceGroupId: '' },
    CidrBlock: policy.CidrBlock,
    Ipv6CidrBlock: policy.Ipv6CidrBlock,
    SecurityGroupId: policy.SecurityGroupId,
    AddressTemplate: { AddressId: '', AddressGroupId: '' },
    Action: policy.Action,
    PolicyDescription: policy.PolicyDescription,
    ModifyTime: policy.ModifyTime,
    // The rule's rank in its direction, 1 first: it moves with PolicyIndex as rules come and go.
    Priority: index + 1,
  };
}

/** The answer's set: the rules the caller asked about (each with its place in the whole list), counted in full. */
export function answerSet(rules: SecurityGroupRules, include: (policy: StoredPolicy, direction: PolicyDirection) => boolean = () => true): SecurityGroupPolicySet {
  const listed = (direction: PolicyDirection) => rules[direction].flatMap((policy, index) => (include(policy, direction) ? [answerPolicy(policy, index)] : []));
  const ipv6 = (direction: PolicyDirection) => rules[direction].filter((policy) => policy.Ipv6CidrBlock !== '').length;
  return {
    Version: String(rules.version),
    Egress: listed('Egress'),
    Ingress: listed('Ingress'),
    PolicyStatistics: {
      IngressIPv4TotalCount: rules.Ingress.length - ipv6('Ingress'),
      IngressIPv6TotalCount: ipv6('Ingress'),
      EgressIPv4TotalCount: rules.Egress.length - ipv6('Egress'),
      EgressIPv6TotalCount: ipv6('Egress'),
    },
  };
}
