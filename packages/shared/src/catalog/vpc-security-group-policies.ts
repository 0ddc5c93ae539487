import type { SecurityGroupAssociationStatistics, SecurityGroupPolicySet, WithRequestId } from '../types/index.ts';
import { SECURITY_GROUP_POLICIES_PER_DIRECTION } from '../rules/security-group-policy-rules.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, idListSchema } from './common-params.ts';

// Security group rules (VPC 2017-03-12, "安全组相关接口"), with the statistics of what uses a group. Reading them is for
// everyone; changing them decides what may reach the account's instances, so every change is an admin's. Every change
// may carry SecurityGroupPolicySet.Version, the version it was made from: the cloud refuses it when the rules have moved
// on (UnsupportedOperation.VersionMismatch) and counts the version up by one when it applies a change.
// The structures are the SDK's SecurityGroupPolicySet and SecurityGroupPolicy (its answer-only PolicyStatistics and
// Priority are not taken); the rules' syntax is in rules/security-group-policy-rules.ts.
const service = 'vpc';
const version = '2017-03-12';

const serviceTemplate = (z: Zod) => z.strictObject({ ServiceId: z.string().optional(), ServiceGroupId: z.string().optional() });
const addressTemplate = (z: Zod) => z.strictObject({ AddressId: z.string().optional(), AddressGroupId: z.string().optional() });

/** One rule as a change sends it. PolicyIndex places it (Create), or names the rule (Replace, Delete). */
const policy = (z: Zod) =>
  z.strictObject({
    PolicyIndex: z.number().int().optional(),
    Protocol: z.string().optional(),
    Port: z.string().optional(),
    ServiceTemplate: serviceTemplate(z).optional(),
    CidrBlock: z.string().optional(),
    Ipv6CidrBlock: z.string().optional(),
    SecurityGroupId: z.string().optional(),
    AddressTemplate: addressTemplate(z).optional(),
    Action: z.string().optional(),
    PolicyDescription: z.string().optional(),
    // Answered by DescribeSecurityGroupPolicies; taken, so a rule read can be sent back, and ignored (a rule's place is
    // its PolicyIndex; Priority is that place from 1).
    ModifyTime: z.string().optional(),
    Priority: z.number().int().optional(),
  });

/** No request can carry more rules in a direction than a group may hold. */
const policySet = (z: Zod) =>
  z.strictObject({
    Version: z.string().optional(),
    Egress: z.array(policy(z)).max(SECURITY_GROUP_POLICIES_PER_DIRECTION).optional(),
    Ingress: z.array(policy(z)).max(SECURITY_GROUP_POLICIES_PER_DIRECTION).optional(),
    // Answered by DescribeSecurityGroupPolicies; taken, so a set read can be sent back, and not applied.
    PolicyStatistics: z
      .strictObject({
        IngressIPv4TotalCount: z.number().int(),
        IngressIPv6TotalCount: z.number().int(),
        EgressIPv4TotalCount: z.number().int(),
        EgressIPv6TotalCount: z.number().int(),
      })
      .optional(),
  });

export const DescribeSecurityGroupPolicies = defineAction<{ SecurityGroupPolicySet: SecurityGroupPolicySet }>()({
  service,
  version,
  action: 'DescribeSecurityGroupPolicies',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15804: 100/s' },
  params: (z) => z.strictObject({ SecurityGroupId: z.string(), Filters: filtersSchema(z, 10, 5).optional() }),
});

export const CreateSecurityGroupPolicies = defineAction<WithRequestId>()({
  service,
  version,
  action: 'CreateSecurityGroupPolicies',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15807: 100/s' },
  params: (z) => z.strictObject({ SecurityGroupId: z.string(), SecurityGroupPolicySet: policySet(z) }),
});

export const DeleteSecurityGroupPolicies = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteSecurityGroupPolicies',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15809: 100/s' },
  params: (z) => z.strictObject({ SecurityGroupId: z.string(), SecurityGroupPolicySet: policySet(z) }),
});

/** ReplaceSecurityGroupPolicy: one rule, named by its PolicyIndex, replaced in place. */
export const ReplaceSecurityGroupPolicy = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ReplaceSecurityGroupPolicy',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 50, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15811: 50/s' },
  params: (z) => z.strictObject({ SecurityGroupId: z.string(), SecurityGroupPolicySet: policySet(z), OriginalSecurityGroupPolicySet: policySet(z).optional() }),
});

/** ReplaceSecurityGroupPolicies: one or more rules of one direction, each named by its PolicyIndex, replaced in place. */
export const ReplaceSecurityGroupPolicies = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ReplaceSecurityGroupPolicies',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/88451: 20/s' },
  params: (z) =>
    z.strictObject({
      SecurityGroupId: z.string(),
      SecurityGroupPolicySet: policySet(z),
      OriginalSecurityGroupPolicySet: policySet(z).optional(),
      /** Policy (the default): the rules' content; Priority and Both also move rules. */
      UpdateType: z.string().optional(),
    }),
});

/** ModifySecurityGroupPolicies: both directions replaced by the lists sent; Version "0" empties them. */
export const ModifySecurityGroupPolicies = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifySecurityGroupPolicies',
  stepUp: true,
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 50, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15810: 50/s' },
  params: (z) => z.strictObject({ SecurityGroupId: z.string(), SecurityGroupPolicySet: policySet(z), SortPolicys: z.boolean().optional() }),
});

export const DescribeSecurityGroupAssociationStatistics = defineAction<{ SecurityGroupAssociationStatisticsSet: SecurityGroupAssociationStatistics[] }>()({
  service,
  version,
  action: 'DescribeSecurityGroupAssociationStatistics',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/17799: 100/s' },
  params: (z) => z.strictObject({ SecurityGroupIds: idListSchema(z, 100).min(1) }),
});
