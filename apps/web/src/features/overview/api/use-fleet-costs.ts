import { useMemo, useState } from 'react';
import { skipToken, useQuery } from '@tanstack/react-query';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { FleetMember } from '../../../cloud/price/fleet-pricing.ts';
import { priceInstances, type PricingProgress } from '../../../cloud/price/price-instances.ts';
import type { RegionFleet } from './use-fleet.ts';

// What the fleet just read costs: priced once per read of the fleet (the read's time is the key), kept as long as it.

export function useFleetCosts(scope: CloudScope | undefined, fleet: RegionFleet[] | undefined, readAt: number) {
  const [progress, setProgress] = useState<PricingProgress>();
  const members = useMemo<FleetMember[] | undefined>(
    () => fleet?.flatMap(({ region, instances }) => (instances ?? []).map((instance) => ({ region: region.Region, instance }))),
    [fleet],
  );
  const costs = useQuery({
    queryKey: ['fleet-costs', scope?.account, readAt],
    queryFn:
      scope && members
        ? ({ signal }) => {
            setProgress(undefined);
            return priceInstances(scope.account, members, { signal, onProgress: setProgress });
          }
        : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 2 * 60_000,
  });
  return { members, costs, progress };
}
