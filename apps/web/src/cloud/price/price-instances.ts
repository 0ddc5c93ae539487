import { cvm } from '@cvm/shared';
import { callAction } from '../../api/call-action.ts';
import { ConsoleError } from '../../api/console-error.ts';
import { limitedMap } from '../../api/paced.ts';
import { computeKey, costsOf, planQuotes, zonesNeedingCompute, type FleetMember, type InstanceCost, type QuoteResult } from './fleet-pricing.ts';

// Asks the cloud what a set of instances costs (fleet-pricing.ts plans and reads): four quotes of each region in
// flight, the regions side by side (each has its own limit). The console's server sends them at most at
// InquiryPriceRunInstances' 10 a second per account and region — someone else's purchase quote waits behind four at
// most — and shares every quote with the whole team for ten minutes, so a second look (anyone's) asks the cloud
// nothing and is answered at once.

export const QUOTES_IN_FLIGHT = 4;

export interface PricingProgress {
  done: number;
  total: number;
}

export interface FleetCosts {
  costs: Map<string, InstanceCost>;
  /** Quotes asked (the distinct configurations), and how many the cloud refused. */
  quotes: number;
  refused: number;
  /** When the figures were put together (epoch ms). */
  at: number;
}

export async function priceInstances(
  account: string,
  fleet: readonly FleetMember[],
  { signal, onProgress }: { signal: AbortSignal; onProgress?: (progress: PricingProgress) => void },
): Promise<FleetCosts> {
  const plan = planQuotes(fleet);
  const byRegion = new Map<string, typeof plan>();
  for (const quote of plan) {
    const list = byRegion.get(quote.region);
    if (list) list.push(quote);
    else byRegion.set(quote.region, [quote]);
  }
  const quotes = new Map<string, QuoteResult>();
  let done = 0;
  onProgress?.({ done, total: plan.length });
  const refusalOf = (error: unknown): QuoteResult => {
    if (error instanceof ConsoleError && !signal.aborted) return { code: error.code };
    throw error;
  };
  const computeByRegion = [...zonesNeedingCompute(fleet)].map(async ([region, zones]) => {
    const answer = await callAction(
      cvm.DescribeZoneInstanceConfigInfos,
      {
        Filters: [
          { Name: 'zone', Values: zones },
          { Name: 'instance-charge-type', Values: ['POSTPAID_BY_HOUR', 'SPOTPAID'] },
        ],
      },
      { account, region },
      signal,
    ).catch(() => undefined);
    return (answer?.InstanceTypeQuotaSet ?? []).map((item) => [computeKey(item.Zone, item.InstanceType, item.InstanceChargeType), item.Price.UnitPriceDiscount] as const);
  });
  await Promise.all(
    [...byRegion].map(([region, regionPlan]) =>
      limitedMap(regionPlan, QUOTES_IN_FLIGHT, signal, async (quote) => {
        const result = await callAction(cvm.InquiryPriceRunInstances, quote.params, { account, region }, signal).then((answer) => ({ price: answer.Price }), refusalOf);
        quotes.set(quote.configuration, result);
        onProgress?.({ done: ++done, total: plan.length });
      }),
    ),
  );
  const compute = new Map((await Promise.all(computeByRegion)).flat());
  return {
    costs: costsOf(fleet, plan, { quotes, compute }),
    quotes: plan.length,
    refused: [...quotes.values()].filter((result) => 'code' in result).length,
    at: Date.now(),
  };
}
