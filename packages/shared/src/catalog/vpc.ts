import { z } from 'zod';
import type { SecurityGroup, Vpc, VpcSubnet } from '../types/index.ts';
import { defineAction } from './define.ts';
import { AttachNetworkInterface, CreateNetworkInterface, DeleteNetworkInterface, DescribeNetworkInterfaces, DescribeVpcTaskResult, DetachNetworkInterface } from './vpc-eni.ts';
import { filtersSchema, idListSchema } from './common-params.ts';

// VPC API 2017-03-12: the networks, subnets and security groups the create wizard offers. The VPC API spells Offset
// and Limit as strings (the official SDK's DescribeVpcsRequest does too).
const service = 'vpc';
const version = '2017-03-12';
const pageParam = z.string().regex(/^\d+$/, 'must be a whole number written as a string');

const paging = {
  Filters: filtersSchema(10, 5).optional(),
  Offset: pageParam.optional(),
  Limit: pageParam.optional(),
};

export const DescribeVpcs = defineAction<{ TotalCount: number; VpcSet: Vpc[] }>()({
  service,
  version,
  action: 'DescribeVpcs',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15778: 100/s' },
  params: z.strictObject({ VpcIds: idListSchema(100).optional(), ...paging }),
});

export const DescribeSubnets = defineAction<{ TotalCount: number; SubnetSet: VpcSubnet[] }>()({
  service,
  version,
  action: 'DescribeSubnets',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15784: 100/s' },
  params: z.strictObject({ SubnetIds: idListSchema(100).optional(), ...paging }),
});

export const DescribeSecurityGroups = defineAction<{ TotalCount: number; SecurityGroupSet: SecurityGroup[] }>()({
  service,
  version,
  action: 'DescribeSecurityGroups',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15808: 100/s' },
  params: z.strictObject({ SecurityGroupIds: idListSchema(100).optional(), ...paging }),
});

export * from './vpc-eni.ts';

export const vpcActions = {
  DescribeVpcs,
  DescribeSubnets,
  DescribeSecurityGroups,
  DescribeNetworkInterfaces,
  CreateNetworkInterface,
  AttachNetworkInterface,
  DetachNetworkInterface,
  DeleteNetworkInterface,
  DescribeVpcTaskResult,
} as const;
