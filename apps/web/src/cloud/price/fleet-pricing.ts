import { isWindowsInstance, type cvm, type Instance, type InstanceState, type ItemPrice, type ParamsOf, type Price } from '@cvm/shared';
import { HOURS_PER_MONTH } from './price-figures.ts';

// What instances that already exist cost per hour, from the cloud's own quotes: InquiryPriceRunInstances for one more
// of the same configuration (zone, type, billing mode, image's OS, disks), never a price table of the console's. A
// quote's InstancePrice (compute and disks) does not depend on the public network, which is its own BandwidthPrice, so
// a fleet needs one quote per distinct configuration without the network, and each distinct bandwidth setting rides
// along on one of them. Pure: price-instances.ts asks the cloud, this plans the quotes and reads the answers.
//
// The rules, as the console states them next to every figure:
// - pay-as-you-go and spot: the quote's discounted price per hour in its first usage step (longer use is cheaper);
// - a subscription: a one-month quote's discounted price spread over 720 hours;
// - public bandwidth billed per hour or prepaid is added the same way; traffic billed per GB has no hourly figure and is
//   counted apart; a bandwidth package is billed with the package;
// - an instance stopped with stop-charging pays its disks only: the compute (DescribeZoneInstanceConfigInfos' price of
//   its type, disks excluded) and hourly bandwidth are what stop-charging saves — and what it would save on a stopped
//   pay-as-you-go instance that keeps charging;
// - isolated (SHUTDOWN), terminating and failed launches cost nothing.

export type QuoteParams = ParamsOf<typeof cvm.InquiryPriceRunInstances>;

export interface FleetMember {
  region: string;
  instance: Instance;
}

/** What an instance is billed for in its state. */
export type Billed = 'everything' | 'disks' | 'nothing';

const UNBILLED_STATES: readonly InstanceState[] = ['SHUTDOWN', 'TERMINATING', 'LAUNCH_FAILED'];
/** Billing modes InquiryPriceRunInstances prices; instances on dedicated hosts or clusters are paid with the host. */
const QUOTABLE = new Set<string>(['PREPAID', 'POSTPAID_BY_HOUR', 'SPOTPAID']);

export function billedFor(instance: Instance): Billed {
  if (UNBILLED_STATES.includes(instance.InstanceState)) return 'nothing';
  if (instance.InstanceState === 'STOPPED' && instance.InstanceChargeType !== 'PREPAID' && instance.StopChargingMode === 'STOP_CHARGING') return 'disks';
  return 'everything';
}

/** The instance type's family (S5 of S5.LARGE8). */
export const familyOf = (instance: Instance) => instance.InstanceType.split('.')[0] ?? instance.InstanceType;

/** Licences can make an image's OS part of the price; the image itself is not, so instances of one OS family share a quote. */
const osFamilyOf = (instance: Instance) => (isWindowsInstance(instance) ? 'windows' : 'linux');

/** The quote an instance's compute and disks are read from: the same for every instance of the same configuration. */
export function configurationKey(instance: Instance): string {
  const disks = instance.DataDisks.map((disk) => `${disk.DiskType}:${disk.DiskSize}`).sort();
  return [
    instance.Placement.Zone,
    instance.InstanceType,
    instance.InstanceChargeType,
    osFamilyOf(instance),
    `${instance.SystemDisk.DiskType}:${instance.SystemDisk.DiskSize}`,
    ...disks,
  ].join('|');
}

/** The public bandwidth setting with an hourly or monthly price of its own, or undefined (none, traffic, a package). */
export function bandwidthKey(region: string, instance: Instance): string | undefined {
  const { InternetChargeType, InternetMaxBandwidthOut } = instance.InternetAccessible;
  if (InternetMaxBandwidthOut <= 0) return undefined;
  if (InternetChargeType !== 'BANDWIDTH_POSTPAID_BY_HOUR' && InternetChargeType !== 'BANDWIDTH_PREPAID') return undefined;
  return [region, instance.InstanceChargeType, InternetChargeType, InternetMaxBandwidthOut].join('|');
}

/** True when the instance's public network is billed per GB of traffic: no hourly figure exists. */
export const billedByTraffic = (instance: Instance) =>
  instance.InternetAccessible.InternetChargeType === 'TRAFFIC_POSTPAID_BY_HOUR' && instance.InternetAccessible.InternetMaxBandwidthOut > 0;

export interface PlannedQuote {
  region: string;
  /** The configuration whose compute and disks this quote prices. */
  configuration: string;
  /** The bandwidth setting its BandwidthPrice prices, if any. */
  bandwidth: string | undefined;
  params: QuoteParams;
}

const NO_PUBLIC_NETWORK = { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 0 } as const;

function quoteParams(instance: Instance, internet: { InternetChargeType: string; InternetMaxBandwidthOut: number }): QuoteParams {
  return {
    Placement: { Zone: instance.Placement.Zone },
    InstanceType: instance.InstanceType,
    ImageId: instance.ImageId,
    InstanceChargeType: instance.InstanceChargeType,
    ...(instance.InstanceChargeType === 'PREPAID' ? { InstanceChargePrepaid: { Period: 1 } } : {}),
    SystemDisk: { DiskType: instance.SystemDisk.DiskType, DiskSize: instance.SystemDisk.DiskSize },
    ...(instance.DataDisks.length > 0 ? { DataDisks: instance.DataDisks.map((disk) => ({ DiskType: disk.DiskType, DiskSize: disk.DiskSize })) } : {}),
    InternetAccessible: internet as QuoteParams['InternetAccessible'],
  } as QuoteParams;
}

const internetOf = (instance: Instance) => ({
  InternetChargeType: instance.InternetAccessible.InternetChargeType!,
  InternetMaxBandwidthOut: instance.InternetAccessible.InternetMaxBandwidthOut,
});

/** Whether an instance can and need be priced: billed in its state, in a billing mode the quote knows. */
export const needsQuote = (instance: Instance) => billedFor(instance) !== 'nothing' && QUOTABLE.has(instance.InstanceChargeType);

/**
 * The fewest quotes that price every billed instance of `fleet`: one per configuration, the first instance's public
 * bandwidth riding along when it has one; a bandwidth setting no configuration brought is put on a quote of the same
 * region and billing mode that carries none, or asked with a configuration of its own when there is no such quote.
 */
export function planQuotes(fleet: readonly FleetMember[]): PlannedQuote[] {
  const quotes = new Map<string, PlannedQuote>();
  const bandwidthWanted = new Map<string, FleetMember>();
  for (const member of fleet) {
    const { region, instance } = member;
    if (!needsQuote(instance)) continue;
    const configuration = configurationKey(instance);
    const bandwidth = bandwidthKey(region, instance);
    if (bandwidth && !bandwidthWanted.has(bandwidth)) bandwidthWanted.set(bandwidth, member);
    if (quotes.has(configuration)) continue;
    quotes.set(configuration, { region, configuration, bandwidth, params: quoteParams(instance, bandwidth ? internetOf(instance) : NO_PUBLIC_NETWORK) });
  }
  const covered = new Set([...quotes.values()].map((quote) => quote.bandwidth));
  const carriers = [...quotes.values()].filter((quote) => quote.bandwidth === undefined);
  for (const [bandwidth, { region, instance }] of bandwidthWanted) {
    if (covered.has(bandwidth)) continue;
    const index = carriers.findIndex((quote) => quote.region === region && quote.params.InstanceChargeType === instance.InstanceChargeType);
    if (index >= 0) {
      const [carrier] = carriers.splice(index, 1);
      carrier!.bandwidth = bandwidth;
      carrier!.params = { ...carrier!.params, InternetAccessible: internetOf(instance) as QuoteParams['InternetAccessible'] };
    } else {
      const configuration = `${configurationKey(instance)}#${bandwidth}`;
      quotes.set(configuration, { region, configuration, bandwidth, params: quoteParams(instance, internetOf(instance)) });
    }
  }
  return [...quotes.values()];
}

/** An item's price per hour: the first usage step's discounted price, or a one-month total over 720 hours. */
export function hourlyOf(item: ItemPrice): number {
  if (item.ChargeUnit === 'HOUR') return item.UnitPriceDiscount;
  if (item.ChargeUnit === 'GB') return 0;
  return item.DiscountPrice / HOURS_PER_MONTH;
}

/** A quote's answer, or the cloud's refusal of it. */
export type QuoteResult = { price: Price } | { code: string };

/** What one instance costs, as far as the quotes tell. */
export type InstanceCost =
  | {
      kind: 'priced';
      perHour: number;
      /** What stop-charging saves per hour (stopped with stop-charging only). */
      savedPerHour: number;
      /** What stop-charging would save per hour (stopped pay-as-you-go kept charging; 0 when its compute price is unknown). */
      couldSavePerHour: number;
      trafficBilled: boolean;
    }
  | { kind: 'free' }
  /** Billed, but no quote prices it: the refusal's code, or why none was asked. */
  | { kind: 'unpriced'; reason: string };

export interface PriceAnswers {
  /** By PlannedQuote.configuration. */
  quotes: ReadonlyMap<string, QuoteResult>;
  /**
   * Compute per hour of a type in a zone and billing mode (DescribeZoneInstanceConfigInfos), by computeKey: only
   * needed for instances stopped with stop-charging.
   */
  compute: ReadonlyMap<string, number>;
}

export const computeKey = (zone: string, type: string, chargeType: string) => `${zone}|${type}|${chargeType}`;

/** Reads every instance's cost from the answers to `planQuotes(fleet)`. */
export function costsOf(fleet: readonly FleetMember[], plan: readonly PlannedQuote[], answers: PriceAnswers): Map<string, InstanceCost> {
  const bandwidthPerHour = new Map<string, number>();
  for (const quote of plan) {
    const result = answers.quotes.get(quote.configuration);
    if (quote.bandwidth && result && 'price' in result) bandwidthPerHour.set(quote.bandwidth, hourlyOf(result.price.BandwidthPrice));
  }
  const costs = new Map<string, InstanceCost>();
  for (const { region, instance } of fleet) {
    const billed = billedFor(instance);
    if (billed === 'nothing') {
      costs.set(instance.InstanceId, { kind: 'free' });
      continue;
    }
    if (!QUOTABLE.has(instance.InstanceChargeType)) {
      costs.set(instance.InstanceId, { kind: 'unpriced', reason: instance.InstanceChargeType });
      continue;
    }
    const result = answers.quotes.get(configurationKey(instance));
    if (!result || !('price' in result)) {
      costs.set(instance.InstanceId, { kind: 'unpriced', reason: result && 'code' in result ? result.code : 'NotQuoted' });
      continue;
    }
    const bandwidth = bandwidthKey(region, instance);
    const network = bandwidth ? bandwidthPerHour.get(bandwidth) : 0;
    if (network === undefined) {
      costs.set(instance.InstanceId, { kind: 'unpriced', reason: 'NotQuoted' });
      continue;
    }
    const whole = hourlyOf(result.price.InstancePrice);
    const compute = answers.compute.get(computeKey(instance.Placement.Zone, instance.InstanceType, instance.InstanceChargeType));
    if (billed === 'everything') {
      const couldSavePerHour = stoppedKeepCharging(instance) && compute !== undefined ? compute + network : 0;
      costs.set(instance.InstanceId, { kind: 'priced', perHour: whole + network, savedPerHour: 0, couldSavePerHour, trafficBilled: billedByTraffic(instance) });
      continue;
    }
    if (compute === undefined) {
      costs.set(instance.InstanceId, { kind: 'unpriced', reason: 'ComputePriceUnknown' });
      continue;
    }
    const disks = Math.max(0, whole - compute);
    costs.set(instance.InstanceId, { kind: 'priced', perHour: disks, savedPerHour: whole - disks + network, couldSavePerHour: 0, trafficBilled: false });
  }
  return costs;
}

/** Stopped, pay-as-you-go, and still paying for its compute: stop-charging would save it. */
const stoppedKeepCharging = (instance: Instance) =>
  instance.InstanceState === 'STOPPED' && instance.InstanceChargeType !== 'PREPAID' && instance.StopChargingMode === 'KEEP_CHARGING';

/** Zones whose pay-as-you-go compute prices are needed: those of stopped pay-as-you-go instances, charged or not. */
export function zonesNeedingCompute(fleet: readonly FleetMember[]): Map<string, string[]> {
  const zones = new Map<string, Set<string>>();
  for (const { region, instance } of fleet) {
    if (!QUOTABLE.has(instance.InstanceChargeType) || (billedFor(instance) !== 'disks' && !stoppedKeepCharging(instance))) continue;
    let set = zones.get(region);
    if (!set) zones.set(region, (set = new Set()));
    set.add(instance.Placement.Zone);
  }
  return new Map([...zones].map(([region, set]) => [region, [...set].sort()]));
}

/** The per-month figure of an hourly one: the 720 hours the cloud's own monthly figures use. */
export const perMonthOf = (perHour: number) => perHour * HOURS_PER_MONTH;
