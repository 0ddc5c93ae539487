import { vpc as vpcCatalog, type VpcSubnet } from '@cvm/shared';
import { handler } from '../action-handler.ts';
import { compileFilters, type FilterDefinition } from '../filters.ts';
import { SUBNET_ID } from '../cvm/id-formats.ts';
import { UNKNOWN_FILTER_CODE, checkIds, isDefaultFilter, refuseIdsWithFilters, tagFilters, tokenPage } from './vpc-paging.ts';

// DescribeSubnets: SubnetIds or Filters (subnet-id, vpc-id, cidr-block, is-default, is-remote-vpc-snat, subnet-name,
// zone, tag-key, tag:<key>), paged by Offset/Limit or MaxResults/NextToken. AvailableIpAddressCount falls as instances
// take addresses.

const FILTERS: Record<string, FilterDefinition<VpcSubnet>> = {
  'subnet-id': { match: (subnet, values) => values.includes(subnet.SubnetId) },
  'vpc-id': { match: (subnet, values) => values.includes(subnet.VpcId) },
  'cidr-block': { match: (subnet, values) => values.includes(subnet.CidrBlock) },
  'is-default': isDefaultFilter<VpcSubnet>(),
  'is-remote-vpc-snat': { match: (subnet, values) => values.includes(String(subnet.IsRemoteVpcSnat)) },
  'subnet-name': { match: (subnet, values) => values.some((v) => subnet.SubnetName.includes(v)) },
  zone: { match: (subnet, values) => values.includes(subnet.Zone) },
  ...tagFilters<VpcSubnet>(),
};

export const describeSubnets = handler(vpcCatalog.DescribeSubnets, (ctx, params) => {
  const ids = params.SubnetIds;
  refuseIdsWithFilters('SubnetIds', ids, params.Filters);
  checkIds('SubnetIds', ids, SUBNET_ID);
  const matches = compileFilters(params.Filters, FILTERS, UNKNOWN_FILTER_CODE);
  const subnets = ctx.region.network.subnets.map((s) => s.info).filter((subnet) => (ids?.length ? ids.includes(subnet.SubnetId) : matches(subnet)));
  const { page, nextToken } = tokenPage(subnets, params, { SubnetIds: ids, Filters: params.Filters }, ctx.world.clock.now());
  return { TotalCount: subnets.length, SubnetSet: page.map((subnet) => ({ ...subnet, CdcId: subnet.CdcId ?? '', IsCdcSubnet: subnet.IsCdcSubnet ?? 0 })), NextToken: nextToken };
});
