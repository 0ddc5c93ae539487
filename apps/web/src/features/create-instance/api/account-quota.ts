import { cvm, type PostPaidQuota, type PrePaidQuota } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { WizardChargeType } from '../state/wizard-form.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';

/** DescribeAccountQuota for one zone: how many more instances of each billing mode this account may have there. */
export function accountQuotaQueryOptions(scope: CloudScope | undefined, zone: string) {
  return queryOptions({
    queryKey: createKeys.quota(scope, zone),
    queryFn: scope && zone ? ({ signal }) => callAction(cvm.DescribeAccountQuota, { Filters: [{ Name: 'zone', Values: [zone] }] }, scope, signal) : skipToken,
    select: (data) => data.AccountQuotaOverview.AccountQuota,
    // Other purchases use it up; a quick refresh when the wizard comes back to it is cheap.
    staleTime: 15_000,
  });
}

/** The quota that applies to the chosen billing mode in the chosen zone, when the cloud reports one. */
export function useZoneQuota(scope: CloudScope | undefined, zone: string, chargeType: WizardChargeType) {
  const query = useQuery(accountQuotaQueryOptions(scope, zone));
  // Instances on a dedicated host hold no zone quota.
  const set: (PostPaidQuota | PrePaidQuota)[] | undefined =
    chargeType === 'CDHPAID' ? undefined : chargeType === 'PREPAID' ? query.data?.PrePaidQuotaSet : query.data?.PostPaidQuotaSet;
  return { query, quota: set?.find((entry) => entry.Zone === zone) };
}
