import { vpc } from '@cvm/shared';
import type { PolicyDirection, StoredPolicy } from '../../../network/security-group-rules.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, type FilterDefinition } from '../../filters.ts';
import { UNKNOWN_FILTER_CODE } from '../vpc-paging.ts';
import { answerSet, findGroupRules } from './rule-book.ts';

// DescribeSecurityGroupPolicies: a group's rules in both directions, each with its PolicyIndex, the Version a change
// must name, and the counts per direction and address family. Filters narrow the rules answered, never their indexes
// or the counts. The filters are the page's: ip, port and description match parts of the text ("模糊匹配"); port,
// poly and direction take ALL for everything; address-module and service-module match nothing, as no rule of the
// emulated account names a template.

type Listed = { policy: StoredPolicy; direction: PolicyDirection };

const upper = (values: string[]) => values.map((v) => v.toUpperCase());

const FILTERS: Record<string, FilterDefinition<Listed>> = {
  'security-group-id': { match: ({ policy }, values) => values.includes(policy.SecurityGroupId) },
  ip: { match: ({ policy }, values) => values.some((v) => v !== '' && `${policy.CidrBlock} ${policy.Ipv6CidrBlock}`.includes(v)) },
  'address-module': { match: () => false },
  'service-module': { match: () => false },
  'protocol-type': { match: ({ policy }, values) => upper(values).includes(policy.Protocol) },
  port: { match: ({ policy }, values) => values.some((v) => v.toUpperCase() === 'ALL' || (v !== '' && policy.Port.includes(v))) },
  poly: { match: ({ policy }, values) => upper(values).some((v) => v === 'ALL' || v === policy.Action) },
  direction: {
    match: ({ direction }, values) => upper(values).some((v) => v === 'ALL' || v === (direction === 'Ingress' ? 'INBOUND' : 'OUTBOUND')),
  },
  description: { match: ({ policy }, values) => values.some((v) => policy.PolicyDescription.includes(v)) },
};

export const describeSecurityGroupPolicies = handler(vpc.DescribeSecurityGroupPolicies, (ctx, params) => {
  const { rules } = findGroupRules(ctx, params.SecurityGroupId);
  const matches = compileFilters(params.Filters, FILTERS, UNKNOWN_FILTER_CODE);
  return { SecurityGroupPolicySet: answerSet(rules, (policy, direction) => matches({ policy, direction })) };
});
