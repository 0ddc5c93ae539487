import { useState } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import type { Instance, RegionInfo } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { collectInstances, type ExportProgress } from '../../../cloud/cvm/collect-instances.ts';
import { useRegions } from '../../../cloud/regions/describe-regions.ts';

// Every instance of every region of the account, for the overview: each region read page by page (100 a call) at half
// of DescribeInstances' limit, as an export reads, the regions side by side (each has its own limit); progress by
// region as pages arrive; kept two minutes, so going back to the overview asks again only after that.

export interface RegionFleet {
  region: RegionInfo;
  instances: Instance[] | undefined;
  error: unknown;
}

const TWO_MINUTES = 2 * 60_000;

export function useFleet(scope: CloudScope | undefined) {
  const regions = useRegions(scope, 'tencent');
  const [progress, setProgress] = useState<Record<string, ExportProgress>>({});
  const list = regions.data;
  const fleet = useQuery({
    queryKey: ['fleet', scope?.account, list?.map((region) => region.Region)],
    queryFn:
      scope && list
        ? async ({ signal }): Promise<RegionFleet[]> => {
            setProgress({});
            const read = await Promise.allSettled(
              list.map((region) =>
                collectInstances(
                  { account: scope.account, region: region.Region },
                  { filters: [] },
                  { signal, onProgress: (step) => setProgress((previous) => ({ ...previous, [region.Region]: step })) },
                ),
              ),
            );
            return list.map((region, i) => {
              const result = read[i]!;
              return result.status === 'fulfilled' ? { region, instances: result.value, error: undefined } : { region, instances: undefined, error: result.reason };
            });
          }
        : skipToken,
    staleTime: TWO_MINUTES,
  });
  return { regions, fleet, progress };
}
