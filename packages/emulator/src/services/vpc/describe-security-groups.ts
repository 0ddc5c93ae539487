import { vpc as vpcCatalog, type SecurityGroup } from '@cvm/shared';
import { handler } from '../action-handler.ts';
import { compileFilters, type FilterDefinition } from '../filters.ts';
import { SECURITY_GROUP_ID } from '../cvm/id-formats.ts';
import { UNKNOWN_FILTER_CODE, checkIds, refuseIdsWithFilters, tagFilters, vpcPage } from './vpc-paging.ts';

// DescribeSecurityGroups: SecurityGroupIds or Filters (security-group-id, security-group-name, project-id, tag-key,
// tag:<key>), paged; in the region's order, or by OrderField (CreatedTime, UpdateTime) and OrderDirection (ASC by
// default, DESC), groups of the same time in the region's order.

const FILTERS: Record<string, FilterDefinition<SecurityGroup>> = {
  'security-group-id': { match: (sg, values) => values.includes(sg.SecurityGroupId) },
  'security-group-name': { match: (sg, values) => values.some((v) => sg.SecurityGroupName.includes(v)) },
  'project-id': { match: (sg, values) => values.includes(sg.ProjectId) },
  ...tagFilters<SecurityGroup>(),
};

export const describeSecurityGroups = handler(vpcCatalog.DescribeSecurityGroups, (ctx, params) => {
  const ids = params.SecurityGroupIds;
  refuseIdsWithFilters('SecurityGroupIds', ids, params.Filters);
  checkIds('SecurityGroupIds', ids, SECURITY_GROUP_ID);
  const matches = compileFilters(params.Filters, FILTERS, UNKNOWN_FILTER_CODE);
  const groups = ctx.region.network.securityGroups.filter((sg) => (ids?.length ? ids.includes(sg.SecurityGroupId) : matches(sg)));
  const field = params.OrderField;
  if (field) {
    const direction = params.OrderDirection === 'DESC' ? -1 : 1;
    // Both times are `YYYY-MM-DD hh:mm:ss`, which sort as text; the sort is stable.
    groups.sort((a, b) => direction * a[field].localeCompare(b[field]));
  }
  return { TotalCount: groups.length, SecurityGroupSet: vpcPage(groups, params.Offset, params.Limit) };
});
