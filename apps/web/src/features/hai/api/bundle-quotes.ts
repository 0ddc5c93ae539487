import { hai, HAI_BUNDLE_TYPES, type HaiBundleType, type HaiDiskType, type HaiPrice } from '@cvm/shared';
import { skipToken, useQueries } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import { retryWhenBusy } from '../../../api/read-retry.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { toConsoleError, type ConsoleError } from '../../../api/console-error.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { haiKeys } from './hai-keys.ts';

// Every bundle's price for one instance of the chosen application and disk (InquirePriceRunInstances, by the hour).
// The API lists no bundles; the quote is also how the console learns that one is sold out: the cloud refuses to price
// it with ResourceInsufficient.BundleInventoryShortage.

export const SOLD_OUT = 'ResourceInsufficient.BundleInventoryShortage';

export interface QuoteInput {
  applicationId: string;
  diskType: HaiDiskType;
  diskSize: number;
}

export type BundleQuote =
  | { status: 'loading' }
  | { status: 'priced'; perHour: number; price: HaiPrice }
  | { status: 'soldOut'; error: ConsoleError }
  | { status: 'failed'; error: ConsoleError };

export interface BundleQuotes {
  quotes: Record<HaiBundleType, BundleQuote>;
  /** The choices changed and the quotes on screen are for the previous ones. */
  stale: boolean;
}

/** Asked ~300 ms after the choices stop changing; `input` undefined (nothing valid to price yet) asks nothing. */
export function useBundleQuotes(scope: CloudScope | undefined, input: QuoteInput | undefined): BundleQuotes {
  const settled = useDebouncedValue(input, 300);
  const results = useQueries({
    queries: HAI_BUNDLE_TYPES.map((bundle) => {
      const params = settled && {
        ApplicationId: settled.applicationId,
        BundleType: bundle,
        SystemDisk: { DiskType: settled.diskType, DiskSize: settled.diskSize },
        InstanceCount: 1,
      };
      return {
        queryKey: haiKeys.quote(scope, params ?? null),
        queryFn: scope && params ? ({ signal }: { signal: AbortSignal }) => callAction(hai.InquirePriceRunInstances, params, scope, signal) : skipToken,
        staleTime: 60_000,
        // A refusal is the answer, shown at once; only "busy, try again shortly" is asked again.
        retry: retryWhenBusy,
      };
    }),
  });
  const quotes = {} as Record<HaiBundleType, BundleQuote>;
  HAI_BUNDLE_TYPES.forEach((bundle, index) => {
    const result = results[index]!;
    if (result.error) {
      const error = toConsoleError(result.error);
      quotes[bundle] = { status: error.code === SOLD_OUT ? 'soldOut' : 'failed', error };
    } else if (result.data?.Price) {
      const total = result.data.Price.PriceDetailSet[0]?.InstanceTotalPrice;
      const perHour = total?.DiscountUnitPrice ?? result.data.Price.InstancePrice.DiscountUnitPrice + result.data.Price.CloudDiskPrice.DiscountUnitPrice;
      quotes[bundle] = { status: 'priced', perHour, price: result.data.Price };
    } else {
      quotes[bundle] = { status: 'loading' };
    }
  });
  return { quotes, stale: JSON.stringify(input ?? null) !== JSON.stringify(settled ?? null) };
}
