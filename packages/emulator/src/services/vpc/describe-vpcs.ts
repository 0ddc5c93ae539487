import { vpc as vpcCatalog, type Vpc } from '@cvm/shared';
import { handler } from '../action-handler.ts';
import { compileFilters, type FilterDefinition } from '../filters.ts';
import { VPC_ID } from '../cvm/id-formats.ts';
import { UNKNOWN_FILTER_CODE, checkIds, isDefaultFilter, refuseIdsWithFilters, tagFilters, vpcPage } from './vpc-paging.ts';

// DescribeVpcs: VpcIds or Filters (vpc-name, is-default, vpc-id, cidr-block, tag-key, tag:<key>), paged.

const FILTERS: Record<string, FilterDefinition<Vpc>> = {
  'vpc-name': { match: (vpc, values) => values.some((v) => vpc.VpcName.includes(v)) },
  'is-default': isDefaultFilter<Vpc>(),
  'vpc-id': { match: (vpc, values) => values.includes(vpc.VpcId) },
  'cidr-block': { match: (vpc, values) => values.includes(vpc.CidrBlock) },
  ...tagFilters<Vpc>(),
};

export const describeVpcs = handler(vpcCatalog.DescribeVpcs, (ctx, params) => {
  const ids = params.VpcIds;
  refuseIdsWithFilters('VpcIds', ids, params.Filters);
  checkIds('VpcIds', ids, VPC_ID);
  const matches = compileFilters(params.Filters, FILTERS, UNKNOWN_FILTER_CODE);
  const vpcs = ctx.region.network.vpcs.filter((vpc) => (ids?.length ? ids.includes(vpc.VpcId) : matches(vpc)));
  // Route publishing to a CCN by subnet (a new VPC's default) and no IPv6, where the network does not say otherwise.
  const answer = (vpc: Vpc): Vpc => ({
    ...vpc,
    EnableRouteVpcPublish: vpc.EnableRouteVpcPublish ?? false,
    EnableRouteVpcPublishIpv6: vpc.EnableRouteVpcPublishIpv6 ?? false,
    Ipv6CidrBlockSet: vpc.Ipv6CidrBlockSet ?? [],
  });
  return { TotalCount: vpcs.length, VpcSet: vpcPage(vpcs, params.Offset, params.Limit).map(answer) };
});
