import type { Instance, ItemPrice, Price } from '@cvm/shared';
import { emptyItemPrice } from '../../../pricing/item-price.ts';
import { quotePurchase } from '../../../pricing/purchase-quote.ts';
import { roundTo } from '../../../pricing/rates.ts';
import type { SeedInstanceType } from '../../../seed/instance-types.ts';

// Quotes for changing an existing instance, from the same price table as a purchase:
// - pay-as-you-go: the new hourly price of the whole instance (compute and disks) after the change;
// - subscription: what the change costs for the rest of the paid period (the monthly difference × months left, never
//   below 0: a smaller configuration is not refunded here).

export interface InstanceShape {
  type: Pick<SeedInstanceType, 'InstanceFamily' | 'CPU' | 'Memory'>;
  disks: { type: Instance['SystemDisk']['DiskType']; size: number }[];
}

export function shapeOf(instance: Instance): InstanceShape {
  return {
    type: { InstanceFamily: instance.InstanceType.split('.')[0]!, CPU: instance.CPU, Memory: instance.Memory },
    disks: [{ type: instance.SystemDisk.DiskType, size: instance.SystemDisk.DiskSize }, ...instance.DataDisks.map((d) => ({ type: d.DiskType, size: d.DiskSize }))],
  };
}

/** Months (fractional, 30-day months) left of a subscription. */
export function monthsLeft(instance: Instance, now: number): number {
  if (!instance.ExpiredTime) return 0;
  return Math.max(0, (Date.parse(instance.ExpiredTime) - now) / (30 * 86_400_000));
}

export function monthly(region: string, shape: InstanceShape): { original: number; discounted: number } {
  const price = quotePurchase({
    region,
    type: shape.type,
    chargeType: 'PREPAID',
    periodMonths: 1,
    disks: shape.disks,
    internet: { chargeType: 'BANDWIDTH_PREPAID', bandwidth: 0 },
    count: 1,
  }).InstancePrice;
  return { original: price.OriginalPrice, discounted: price.DiscountPrice };
}

export function changeQuote(region: string, instance: Instance, after: InstanceShape, now: number): Price {
  if (instance.InstanceChargeType === 'PREPAID') {
    const months = monthsLeft(instance, now);
    const [before, next] = [monthly(region, shapeOf(instance)), monthly(region, after)];
    const original = roundTo(Math.max(0, (next.original - before.original) * months), 2);
    const discounted = roundTo(Math.max(0, (next.discounted - before.discounted) * months), 2);
    const item: ItemPrice = { ...emptyItemPrice(''), OriginalPrice: original, DiscountPrice: discounted, Discount: original > 0 ? roundTo((discounted / original) * 100, 1) : 100 };
    return { InstancePrice: item, BandwidthPrice: emptyItemPrice('') };
  }
  const price = quotePurchase({
    region,
    type: after.type,
    chargeType: instance.InstanceChargeType === 'SPOTPAID' ? 'SPOTPAID' : 'POSTPAID_BY_HOUR',
    periodMonths: 1,
    disks: after.disks,
    internet: { chargeType: 'TRAFFIC_POSTPAID_BY_HOUR', bandwidth: 0 },
    count: 1,
  });
  return { InstancePrice: price.InstancePrice, BandwidthPrice: emptyItemPrice('HOUR') };
}
