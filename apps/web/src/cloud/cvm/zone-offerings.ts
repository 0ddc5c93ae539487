import { cvm } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';
import { useLanguage } from '../../i18n/use-t.ts';
import { createKeys } from '../cloud-read-keys.ts';

/**
 * DescribeZoneInstanceConfigInfos for one zone and billing mode: every type it sells (or has sold out), with its
 * price. Stock moves, so it is kept a minute, not an hour. The family names (TypeName) come in the console's language.
 */
export function zoneOfferingsQueryOptions(scope: CloudScope | undefined, zone: string, chargeType: string, language: string) {
  return queryOptions({
    queryKey: createKeys.offerings(scope, zone, chargeType, language),
    queryFn:
      scope && zone
        ? ({ signal }) =>
            callAction(
              cvm.DescribeZoneInstanceConfigInfos,
              {
                Filters: [
                  { Name: 'zone', Values: [zone] },
                  { Name: 'instance-charge-type', Values: [chargeType] },
                ],
              },
              scope,
              signal,
              language,
            )
        : skipToken,
    select: (data) => data.InstanceTypeQuotaSet,
    staleTime: 60_000,
  });
}

export function useZoneOfferings(scope: CloudScope | undefined, zone: string, chargeType: string) {
  const { language } = useLanguage();
  return useQuery(zoneOfferingsQueryOptions(scope, zone, chargeType, language));
}
