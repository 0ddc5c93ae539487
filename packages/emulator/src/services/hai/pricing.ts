import type { HaiDiskType, HaiItemPrice, HaiPrice } from '@cvm/shared';
import { bundleHourly } from './bundles.ts';
import type { HaiPurchase } from './purchase.ts';

// HAI's prices (CNY). The bundle's hourly price (bundles.ts) and the system disk per GB, by the hour, the day or the
// month. A day costs 24 hours less 10 %, a month 720 hours less 40 %; disks are never discounted.

/** Per GB-month, by disk type; by the hour a month is 720 hours, by the day 30 days. */
const DISK_MONTHLY_PER_GB: Record<HaiDiskType, number> = { CLOUD_PREMIUM: 0.35, CLOUD_HSSD: 0.6 };

export type HaiChargeUnit = HaiItemPrice['ChargeUnit'];

const HOURS: Record<HaiChargeUnit, number> = { HOUR: 1, DAY: 24, MONTH: 720 };
/** Percent paid for compute, by charge unit. */
const COMPUTE_DISCOUNT: Record<HaiChargeUnit, number> = { HOUR: 100, DAY: 90, MONTH: 60 };

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function itemPrice(unitPrice: number, discount: number, unit: HaiChargeUnit, amount: number): HaiItemPrice {
  const discountUnit = round((unitPrice * discount) / 100, 4);
  return {
    UnitPrice: round(unitPrice, 4),
    DiscountUnitPrice: discountUnit,
    Discount: discount,
    ChargeUnit: unit,
    Amount: amount,
    OriginPrice: round(unitPrice * amount, 2),
    DiscountPrice: round(discountUnit * amount, 2),
  };
}

/** Two parts of one instance's price added up; Discount is what the sum pays of its original price. */
function sumPrices(a: HaiItemPrice, b: HaiItemPrice): HaiItemPrice {
  const originPrice = round(a.OriginPrice + b.OriginPrice, 2);
  const discountPrice = round(a.DiscountPrice + b.DiscountPrice, 2);
  return {
    UnitPrice: round(a.UnitPrice + b.UnitPrice, 4),
    DiscountUnitPrice: round(a.DiscountUnitPrice + b.DiscountUnitPrice, 4),
    Discount: originPrice > 0 ? round((discountPrice / originPrice) * 100, 2) : 100,
    ChargeUnit: a.ChargeUnit,
    Amount: a.Amount,
    OriginPrice: originPrice,
    DiscountPrice: discountPrice,
  };
}

/**
 * The quote for `purchase.count` instances for `period` units: InstancePrice and CloudDiskPrice for them all (Amount =
 * instances × period), and one PriceDetailSet entry per instance (InstanceId empty: none exists yet; the SDK does not say it may be null).
 */
export function quoteHai(region: string, purchase: HaiPurchase, unit: HaiChargeUnit, period: number): HaiPrice {
  const computeUnit = bundleHourly(region, purchase.bundle) * HOURS[unit];
  const diskUnit = (DISK_MONTHLY_PER_GB[purchase.disk.type] * purchase.disk.size * HOURS[unit]) / 720;
  const amount = purchase.count * period;
  const detail = () => {
    const instance = itemPrice(computeUnit, COMPUTE_DISCOUNT[unit], unit, period);
    const disk = itemPrice(diskUnit, 100, unit, period);
    return { InstanceId: '', InstancePrice: instance, CloudDiskPrice: disk, InstanceTotalPrice: sumPrices(instance, disk) };
  };
  return {
    InstancePrice: itemPrice(computeUnit, COMPUTE_DISCOUNT[unit], unit, amount),
    CloudDiskPrice: itemPrice(diskUnit, 100, unit, amount),
    PriceDetailSet: Array.from({ length: purchase.count }, detail),
  };
}
