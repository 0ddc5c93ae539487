import { useQueries } from '@tanstack/react-query';
import type { RegionInfo } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { instanceListQueryOptions, type InstanceListQuery } from '../../../cloud/cvm/describe-instances.ts';
import { useRegions } from '../../../cloud/regions/describe-regions.ts';

/**
 * One search in every available region of the account: the first `perRegion` matches of each, one DescribeInstances a
 * region (each region has its own budget of calls, so this stays within the cloud's limits). `enabled: false` asks
 * nothing (nor does an unknown scope). Each region's answer is its own query, cached as that region's list page is.
 */
export function useAllRegionsSearch(scope: CloudScope | undefined, search: Pick<InstanceListQuery, 'filters' | 'anyOf'>, perRegion: number, enabled = true) {
  const regions = useRegions(scope, useCloudScope().account?.cloud);
  const available: RegionInfo[] = (regions.data ?? []).filter((region) => region.RegionState === 'AVAILABLE');
  const query: InstanceListQuery = { ...search, offset: 0, limit: perRegion };
  const answers = useQueries({
    queries: scope ? available.map((region) => ({ ...instanceListQueryOptions({ account: scope.account, region: region.Region }, query), enabled })) : [],
  });
  return { regions, rows: available.map((region, index) => ({ region, answer: answers[index]! })) };
}
