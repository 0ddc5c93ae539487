import { cvm } from '@cvm/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';

/** InquiryPriceTerminateInstances (reference 18926): what terminating these prepaid instances would refund. */
export function refundQuoteQueryOptions(scope: CloudScope, ids: readonly string[]) {
  const sorted = [...ids].sort();
  return queryOptions({
    queryKey: [...instanceKeys.scope(scope), 'refund-quote', sorted],
    queryFn: ({ signal }) => callAction(cvm.InquiryPriceTerminateInstances, { InstanceIds: sorted }, scope, signal),
    // A quote is for the moment the dialog opens; the next dialog asks again.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useRefundQuote(scope: CloudScope, ids: readonly string[], enabled: boolean) {
  return useQuery({ ...refundQuoteQueryOptions(scope, ids), enabled: enabled && ids.length > 0 });
}
