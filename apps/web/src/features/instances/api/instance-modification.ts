import { cvm, type Instance, type InstanceTypeQuotaItem } from '@cvm/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useLanguage } from '../../../i18n/use-t.ts';
import { useZoneOfferings } from '../../../cloud/cvm/zone-offerings.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';

/**
 * DescribeInstancesModification for one instance: the types of its zone it may change to, each SELL or UNAVAILABLE
 * with the cloud's reason (sold out, another GPU family, local disks...). Stock moves, so it is asked afresh each time.
 */
export function instanceModificationQueryOptions(scope: CloudScope, id: string, language: string) {
  return queryOptions({
    queryKey: [...instanceKeys.scope(scope), 'modification', id, language],
    // The reasons a type is unavailable come in the console's language, where the cloud has them in it.
    queryFn: ({ signal }) => callAction(cvm.DescribeInstancesModification, { InstanceIds: [id] }, scope, signal, language),
    select: (data) => data.InstanceTypeConfigStatusSet,
    staleTime: 0,
  });
}

export function useInstanceModification(scope: CloudScope, id: string) {
  const { language } = useLanguage();
  return useQuery(instanceModificationQueryOptions(scope, id, language));
}

/** Billing modes whose catalogue prices DescribeZoneInstanceConfigInfos lists. */
const PRICED = ['POSTPAID_BY_HOUR', 'PREPAID', 'SPOTPAID'];

export interface TypePriceDifference {
  /** Per hour (pay-as-you-go, spot) or for the rest of the paid period (subscription). */
  per: 'hour' | 'period';
  /** The catalogue difference between a type and the instance's own, by type name. */
  of: (instanceType: string) => number | undefined;
}

/**
 * What changing to each type costs more (or less) than the instance's own type, from the zone's catalogue prices
 * (DescribeZoneInstanceConfigInfos: compute only, one hour or one month), one call for the whole list instead of a
 * quote per type: per hour for pay-as-you-go, and for a subscription the monthly difference times the months left,
 * never below zero (the cloud refunds nothing for a smaller type). The chosen type is then quoted exactly.
 */
export function useTypePriceDifference(scope: CloudScope, instance: Instance) {
  const priced = PRICED.includes(instance.InstanceChargeType);
  const offerings = useZoneOfferings(priced ? scope : undefined, instance.Placement.Zone, instance.InstanceChargeType);
  const byType = new Map<string, InstanceTypeQuotaItem>((offerings.data ?? []).map((item) => [item.InstanceType, item]));
  const prepaid = instance.InstanceChargeType === 'PREPAID';
  const priceOf = (item: InstanceTypeQuotaItem | undefined) => (item ? (prepaid ? item.Price.DiscountPrice : item.Price.UnitPriceDiscount) : undefined);
  const own = priceOf(byType.get(instance.InstanceType));
  const months = monthsLeft(instance);
  const difference: TypePriceDifference = {
    per: prepaid ? 'period' : 'hour',
    of: (instanceType) => {
      const other = priceOf(byType.get(instanceType));
      if (other === undefined || own === undefined) return undefined;
      return prepaid ? Math.max(0, Math.round((other - own) * months * 100) / 100) : Math.round((other - own) * 1e4) / 1e4;
    },
  };
  return { difference, loading: priced && offerings.isPending, priced, error: offerings.error };
}

/** Months (30-day, fractional) left of a subscription, as the cloud prices a change for the rest of the period. */
export function monthsLeft(instance: Instance, now = Date.now()): number {
  if (!instance.ExpiredTime) return 0;
  return Math.max(0, (Date.parse(instance.ExpiredTime) - now) / (30 * 86_400_000));
}
