import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import type { ActionSpec, ParamsOf, Price } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import { retryWhenBusy } from '../../../api/read-retry.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';

/**
 * A quote for a change (InquiryPriceResetInstancesType, InquiryPriceResizeInstanceDisks, ...), asked ~300 ms after
 * the choices stop changing; undefined params (nothing chosen yet, or a size that is not valid) ask nothing. While a
 * newer quote is on its way the previous one stays on screen but `stale` says it no longer matches the choices. A quote
 * is for the moment it is asked: none is kept once the dialog is gone.
 */
export function useChangeQuote<S extends ActionSpec<ActionSpec['params'], { Price: Price }>>(scope: CloudScope, spec: S, params: ParamsOf<S> | undefined) {
  const settled = useDebouncedValue(params, 300);
  const query = useQuery({
    queryKey: [...instanceKeys.scope(scope), 'quote', spec.action, settled ?? null],
    queryFn: settled ? ({ signal }) => callAction(spec, settled, scope, signal) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 0,
    // A refusal is the answer, shown at once; only "busy, try again shortly" is asked again.
    retry: retryWhenBusy,
  });
  const waiting = JSON.stringify(params ?? null) !== JSON.stringify(settled ?? null);
  return {
    query,
    /** Nothing to price (no choice yet, or an invalid one). */
    idle: params === undefined,
    stale: waiting || query.isPlaceholderData,
  };
}

export type ChangeQuote = ReturnType<typeof useChangeQuote>;
