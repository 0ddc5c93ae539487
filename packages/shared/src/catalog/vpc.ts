import type { SecurityGroup, Vpc, VpcSubnet } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, idListSchema } from './common-params.ts';

// VPC API 2017-03-12: the networks, subnets and security groups the create wizard offers. The VPC API spells Offset
// and Limit as strings (the official SDK's DescribeVpcsRequest does too).
const service = 'vpc';
const version = '2017-03-12';
const pageParam = (z: Zod) => z.string().regex(/^\d+$/, 'must be a whole number written as a string');

const paging = (z: Zod) => ({
  Filters: filtersSchema(z, 10, 5).optional(),
  Offset: pageParam(z).optional(),
  Limit: pageParam(z).optional(),
});

export const DescribeVpcs = defineAction<{ TotalCount: number; VpcSet: Vpc[] }>()({
  service,
  version,
  action: 'DescribeVpcs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15778: 100/s' },
  params: (z) => z.strictObject({ VpcIds: idListSchema(z, 100).optional(), ...paging(z) }),
});

/**
 * Paged by Offset/Limit or, as the VPC API also allows, by MaxResults (≤ 100) and the NextToken each answer gives while
 * more follow ("" after the last page; a token lives 24 hours and holds for the same SubnetIds and Filters).
 */
export const DescribeSubnets = defineAction<{ TotalCount: number; SubnetSet: VpcSubnet[]; NextToken?: string }>()({
  service,
  version,
  action: 'DescribeSubnets',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15784: 100/s' },
  params: (z) =>
    z.strictObject({
      SubnetIds: idListSchema(z, 100).optional(),
      ...paging(z),
      MaxResults: z.number().int().min(1).max(100).optional(),
      NextToken: z.string().optional(),
    }),
});

export const DescribeSecurityGroups = defineAction<{ TotalCount: number; SecurityGroupSet: SecurityGroup[] }>()({
  service,
  version,
  action: 'DescribeSecurityGroups',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15808: 100/s' },
  params: (z) =>
    z.strictObject({
      SecurityGroupIds: idListSchema(z, 100).optional(),
      ...paging(z),
      /** No default: without it the groups come in the region's order. OrderDirection ASC (default) or DESC. */
      OrderField: z.enum(['CreatedTime', 'UpdateTime']).optional(),
      OrderDirection: z.enum(['ASC', 'DESC']).optional(),
    }),
});

export * from './vpc-eni.ts';
export * from './vpc-security-group-policies.ts';
