import { PRICE_STEP_HOURS, type ItemPrice, type Price } from '@cvm/shared';

// Turns a quote (InquiryPriceRunInstances' Price, for all the instances together) into the figures the price panel
// shows. Pay-as-you-go is priced per hour in three usage steps, so "per month" is an estimate over 720 hours that
// walks the steps; a subscription is priced for the whole period, so "per month" is that total over the months.

/** What is paid, and what it would be without the discount (the same when there is none). */
export interface Amount {
  paid: number;
  original: number;
}

/** The public bandwidth's part: per hour, per GB of traffic (no hourly total possible), or for the prepaid period. */
export type BandwidthFigure = { unit: 'HOUR' | 'GB' | 'PERIOD'; amount: Amount } | { unit: 'FREE' };

export interface HourlyFigures {
  kind: 'hourly';
  instancePerHour: Amount;
  bandwidth: BandwidthFigure;
  /** Instance plus hourly bandwidth; traffic is billed by use and left out. */
  perHour: Amount;
  /** 720 hours at the stepped prices, instance plus hourly bandwidth. */
  perMonth: Amount;
  /** Percent paid of the instance's price (100 = no discount). */
  discount: number;
}

export interface PrepaidFigures {
  kind: 'prepaid';
  months: number;
  instance: Amount;
  bandwidth: BandwidthFigure;
  /** Instance plus prepaid bandwidth for the whole period. */
  total: Amount;
  perMonth: Amount;
  discount: number;
}

export type PriceFigures = HourlyFigures | PrepaidFigures;

export const HOURS_PER_MONTH = 720;

/** Sums of float prices, without the float noise (0.1 + 0.2); shown rounded by the formatter. */
const cents = (n: number) => Math.round(n * 1e6) / 1e6;
const sum = (a: Amount, b: Amount): Amount => ({ paid: cents(a.paid + b.paid), original: cents(a.original + b.original) });
const ZERO: Amount = { paid: 0, original: 0 };

/** Hourly cost of `hours` hours of use, each band at its own step price (a missing step falls back to the one before). */
export function steppedCost(item: ItemPrice, hours: number): Amount {
  const first = Math.min(hours, PRICE_STEP_HOURS.second);
  const second = Math.max(0, Math.min(hours, PRICE_STEP_HOURS.third) - PRICE_STEP_HOURS.second);
  const third = Math.max(0, hours - PRICE_STEP_HOURS.third);
  const paid2 = item.UnitPriceDiscountSecondStep || item.UnitPriceDiscount;
  const paid3 = item.UnitPriceDiscountThirdStep || paid2;
  const orig2 = item.UnitPriceSecondStep || item.UnitPrice;
  const orig3 = item.UnitPriceThirdStep || orig2;
  return {
    paid: cents(first * item.UnitPriceDiscount + second * paid2 + third * paid3),
    original: cents(first * item.UnitPrice + second * orig2 + third * orig3),
  };
}

function isFree(item: ItemPrice): boolean {
  return !item.UnitPrice && !item.UnitPriceDiscount && !item.OriginalPrice && !item.DiscountPrice;
}

function unitAmount(item: ItemPrice): Amount {
  return { paid: item.UnitPriceDiscount, original: item.UnitPrice || item.UnitPriceDiscount };
}

function periodAmount(item: ItemPrice): Amount {
  return { paid: item.DiscountPrice, original: item.OriginalPrice || item.DiscountPrice };
}

function bandwidthOf(item: ItemPrice): BandwidthFigure {
  if (isFree(item)) return { unit: 'FREE' };
  if (item.ChargeUnit === 'GB') return { unit: 'GB', amount: unitAmount(item) };
  if (item.ChargeUnit === 'HOUR') return { unit: 'HOUR', amount: unitAmount(item) };
  return { unit: 'PERIOD', amount: periodAmount(item) };
}

export function priceFigures(price: Price, prepaidMonths: number | undefined): PriceFigures {
  const bandwidth = bandwidthOf(price.BandwidthPrice);
  const discount = price.InstancePrice.Discount || 100;
  if (prepaidMonths !== undefined) {
    const instance = periodAmount(price.InstancePrice);
    const total = bandwidth.unit === 'PERIOD' ? sum(instance, bandwidth.amount) : instance;
    return {
      kind: 'prepaid',
      months: prepaidMonths,
      instance,
      bandwidth,
      total,
      perMonth: { paid: cents(total.paid / prepaidMonths), original: cents(total.original / prepaidMonths) },
      discount,
    };
  }
  const instancePerHour = unitAmount(price.InstancePrice);
  const hourlyBandwidth = bandwidth.unit === 'HOUR' ? bandwidth.amount : ZERO;
  const bandwidthMonth = bandwidth.unit === 'HOUR' ? steppedCost(price.BandwidthPrice, HOURS_PER_MONTH) : ZERO;
  return {
    kind: 'hourly',
    instancePerHour,
    bandwidth,
    perHour: sum(instancePerHour, hourlyBandwidth),
    perMonth: sum(steppedCost(price.InstancePrice, HOURS_PER_MONTH), bandwidthMonth),
    discount,
  };
}

export function isDiscounted(amount: Amount): boolean {
  return amount.original > amount.paid + 0.004;
}
