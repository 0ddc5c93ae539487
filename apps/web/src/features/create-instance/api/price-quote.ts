import { cvm } from '@cvm/shared';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import { retryWhenBusy } from '../../../api/read-retry.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import type { PriceQuoteParams } from '../state/to-params.ts';
import { createKeys } from '../../../cloud/cloud-read-keys.ts';

/**
 * InquiryPriceRunInstances for the current choices, asked ~300 ms after they stop changing. While a newer quote is on
 * its way the previous one stays on screen but `stale` says it no longer matches the choices, so the panel can mark
 * it as such instead of passing it off as current.
 */
export function usePriceQuote(scope: CloudScope | undefined, params: PriceQuoteParams | undefined) {
  const settled = useDebouncedValue(params, 300);
  const query = useQuery({
    queryKey: createKeys.quote(scope, settled ?? null),
    queryFn: scope && settled ? ({ signal }) => callAction(cvm.InquiryPriceRunInstances, settled, scope, signal) : skipToken,
    placeholderData: keepPreviousData,
    // A price is for now; the same choices a minute later are asked again.
    staleTime: 60_000,
    // A refusal is the answer, shown at once; only "busy, try again shortly" is asked again.
    retry: retryWhenBusy,
  });
  const waiting = JSON.stringify(params ?? null) !== JSON.stringify(settled ?? null);
  return {
    query,
    /** Nothing to price yet (zone, type or image missing). */
    idle: params === undefined,
    stale: waiting || query.isPlaceholderData || (query.isFetching && query.isStale),
  };
}
