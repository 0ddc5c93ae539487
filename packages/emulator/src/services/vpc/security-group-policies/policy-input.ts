import {
  SECURITY_GROUP_POLICY_DESCRIPTION_MAX,
  isIpv4CidrBlock,
  isIpv6CidrBlock,
  normalIpv4CidrBlock,
  normalPort,
  portProblem,
  protocolTakesPorts,
  securityGroupPolicyAction,
  securityGroupPolicyProtocol,
  type SecurityGroupPolicyInput,
  type SecurityGroupPolicySetInput,
} from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { PolicyDirection, StoredPolicy } from '../../../network/security-group-rules.ts';
import type { RequestContext } from '../../action-handler.ts';
import { findGroup, now } from './rule-book.ts';

// A rule as a request sends it, read into the rule the region keeps, refused with the codes the actions document
// (CreateSecurityGroupPolicies' list: InvalidParameter.Coexist for fields that exclude each other,
// InvalidParameterValue.Empty for what is missing, .Malformed, .Range, .TooLong, ResourceNotFound). The rules of what
// may go with what are the pages': one source of CidrBlock, Ipv6CidrBlock, SecurityGroupId and AddressTemplate;
// Protocol + Port or ServiceTemplate; a Port for TCP and UDP only; IPv6 blocks with ICMPV6, not ICMP.

const SET = 'SecurityGroupPolicySet';

/** The one direction a Create, Delete or Replace changes ("一次请求中只能创建单个方向的规则"), and its rules. */
export function oneDirection(set: SecurityGroupPolicySetInput): { direction: PolicyDirection; policies: SecurityGroupPolicyInput[] } {
  const ingress = set.Ingress ?? [];
  const egress = set.Egress ?? [];
  if (ingress.length && egress.length) {
    throw new CloudError('InvalidParameter.Coexist', `The parameters \`${SET}.Ingress\` and \`${SET}.Egress\` cannot be sent together: one request changes one direction.`);
  }
  if (!ingress.length && !egress.length) throw new CloudError('InvalidParameterValue.Empty', `The parameter \`${SET}\` holds no rule: send \`Ingress\` or \`Egress\`.`);
  return ingress.length ? { direction: 'Ingress', policies: ingress } : { direction: 'Egress', policies: egress };
}

/** Where a rule is in the request, as messages name it: `SecurityGroupPolicySet.Ingress.0`. */
export const policyPath = (direction: PolicyDirection, i: number) => `${SET}.${direction}.${i}`;

const given = (text: string | undefined): text is string => text !== undefined && text !== '';

/** The emulated account has no parameter templates (ppm-, ppmg-, ipm-, ipmg-), so a rule naming one names nothing. */
function refuseTemplate(ids: (string | undefined)[], at: string): void {
  const id = ids.find(given);
  if (id !== undefined) throw new CloudError('ResourceNotFound', `The parameter template \`${id}\` (parameter \`${at}\`) does not exist: the account has none.`);
}

function sourceOf(ctx: RequestContext, input: SecurityGroupPolicyInput, at: string): Pick<StoredPolicy, 'CidrBlock' | 'Ipv6CidrBlock' | 'SecurityGroupId'> {
  const address = input.AddressTemplate;
  const sent: string[] = (['CidrBlock', 'Ipv6CidrBlock', 'SecurityGroupId'] as const).filter((field) => given(input[field]));
  if (given(address?.AddressId) || given(address?.AddressGroupId)) sent.push('AddressTemplate');
  if (sent.length > 1) {
    throw new CloudError('InvalidParameter.Coexist', `The parameters \`${sent.map((field) => `${at}.${field}`).join('`, `')}\` exclude each other: a rule has one source.`);
  }
  if (!sent.length) {
    throw new CloudError('InvalidParameterValue.Empty', `The parameter \`${at}\` names no source: send CidrBlock, Ipv6CidrBlock or SecurityGroupId.`);
  }
  refuseTemplate([address?.AddressId, address?.AddressGroupId], `${at}.AddressTemplate`);
  const source = { CidrBlock: '', Ipv6CidrBlock: '', SecurityGroupId: '' };
  if (given(input.CidrBlock)) {
    if (!isIpv4CidrBlock(input.CidrBlock)) {
      throw new CloudError('InvalidParameterValue.Malformed', `The parameter \`${at}.CidrBlock\` is \`${input.CidrBlock}\`, not an IPv4 address or block (10.0.0.0/16).`);
    }
    source.CidrBlock = normalIpv4CidrBlock(input.CidrBlock);
  } else if (given(input.Ipv6CidrBlock)) {
    if (!isIpv6CidrBlock(input.Ipv6CidrBlock)) {
      throw new CloudError('InvalidParameterValue.Malformed', `The parameter \`${at}.Ipv6CidrBlock\` is \`${input.Ipv6CidrBlock}\`, not an IPv6 address or block (::/0).`);
    }
    source.Ipv6CidrBlock = input.Ipv6CidrBlock;
  } else {
    source.SecurityGroupId = findGroup(ctx, input.SecurityGroupId!, `${at}.SecurityGroupId`).SecurityGroupId;
  }
  return source;
}

function protocolAndPort(input: SecurityGroupPolicyInput, at: string): Pick<StoredPolicy, 'Protocol' | 'Port'> {
  const service = input.ServiceTemplate;
  const template = given(service?.ServiceId) || given(service?.ServiceGroupId);
  if (template && (given(input.Protocol) || given(input.Port))) {
    throw new CloudError('InvalidParameter.Coexist', `The parameters \`${at}.ServiceTemplate\` and \`${at}.Protocol\`/\`Port\` exclude each other.`);
  }
  refuseTemplate([service?.ServiceId, service?.ServiceGroupId], `${at}.ServiceTemplate`);
  // A rule that names no protocol matches them all, as one that names no port matches every port.
  const protocol = given(input.Protocol) ? securityGroupPolicyProtocol(input.Protocol) : 'ALL';
  if (!protocol) {
    throw new CloudError('InvalidParameterValue.Range', `The parameter \`${at}.Protocol\` is \`${input.Protocol}\`; it takes TCP, UDP, ICMP, ICMPV6, GRE or ALL.`);
  }
  const port = given(input.Port) ? input.Port : 'ALL';
  if (!protocolTakesPorts(protocol)) {
    if (port.toUpperCase() !== 'ALL') {
      throw new CloudError('InvalidParameter.Coexist', `The parameter \`${at}.Port\` is for TCP and UDP rules only; a ${protocol} rule matches every port (send ALL or nothing).`);
    }
    return { Protocol: protocol, Port: 'ALL' };
  }
  const problem = portProblem(port);
  if (problem === 'malformed') {
    throw new CloudError('InvalidParameterValue.Malformed', `The parameter \`${at}.Port\` is \`${port}\`; it takes ALL, a port (22), ports (80,443) or a range (3306-3310).`);
  }
  if (problem === 'range') throw new CloudError('InvalidParameterValue.Range', `The parameter \`${at}.Port\` is \`${port}\`; ports run from 1 to 65535, a range from low to high.`);
  return { Protocol: protocol, Port: normalPort(port) };
}

/** A rule sent, checked in full and read into the rule the region keeps (ModifyTime now). */
export function readPolicy(ctx: RequestContext, input: SecurityGroupPolicyInput, at: string): StoredPolicy {
  const { Protocol, Port } = protocolAndPort(input, at);
  const source = sourceOf(ctx, input, at);
  if (source.Ipv6CidrBlock && Protocol === 'ICMP') {
    throw new CloudError('InvalidParameter.Coexist', `The parameter \`${at}.Ipv6CidrBlock\` cannot go with Protocol ICMP; IPv6 rules name ICMPV6.`);
  }
  if (source.CidrBlock && Protocol === 'ICMPV6') {
    throw new CloudError('InvalidParameter.Coexist', `The parameter \`${at}.CidrBlock\` cannot go with Protocol ICMPV6; IPv4 rules name ICMP.`);
  }
  if (!given(input.Action)) throw new CloudError('InvalidParameterValue.Empty', `The parameter \`${at}.Action\` is missing; it takes ACCEPT or DROP.`);
  const action = securityGroupPolicyAction(input.Action);
  if (!action) throw new CloudError('InvalidParameterValue.Range', `The parameter \`${at}.Action\` is \`${input.Action}\`; it takes ACCEPT or DROP.`);
  const description = input.PolicyDescription ?? '';
  if (description.length > SECURITY_GROUP_POLICY_DESCRIPTION_MAX) {
    throw new CloudError(
      'InvalidParameterValue.TooLong',
      `The parameter \`${at}.PolicyDescription\` has ${description.length} characters; at most ${SECURITY_GROUP_POLICY_DESCRIPTION_MAX}.`,
    );
  }
  return { Protocol, Port, ...source, Action: action, PolicyDescription: description, ModifyTime: now(ctx) };
}

/** Two rules match the same traffic the same way: the description aside, they are one rule. */
export function sameRule(a: StoredPolicy, b: StoredPolicy): boolean {
  return (
    a.Protocol === b.Protocol &&
    a.Port === b.Port &&
    a.CidrBlock === b.CidrBlock &&
    a.Ipv6CidrBlock === b.Ipv6CidrBlock &&
    a.SecurityGroupId === b.SecurityGroupId &&
    a.Action === b.Action
  );
}

export function describeRule(policy: StoredPolicy): string {
  const source = policy.CidrBlock || policy.Ipv6CidrBlock || policy.SecurityGroupId;
  return `${policy.Action} ${policy.Protocol} ${policy.Port} ${source}`;
}

/** A list that would hold the same rule twice is refused ("安全组规则重复"), naming the second. */
export function refuseDuplicates(list: readonly StoredPolicy[], direction: PolicyDirection): void {
  list.forEach((policy, i) => {
    const first = list.findIndex((other) => sameRule(other, policy));
    if (first < i) {
      throw new CloudError('UnsupportedOperation.DuplicatePolicy', `The ${direction} rule "${describeRule(policy)}" would be there twice (PolicyIndex ${first} and ${i}).`);
    }
  });
}
