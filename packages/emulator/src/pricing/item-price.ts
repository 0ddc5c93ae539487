import { emptyItemPrice, type ItemPrice } from '@cvm/shared';

export { emptyItemPrice };
import { roundTo } from './rates.ts';

// ItemPrice as InquiryPriceRunInstances and DescribeZoneInstanceConfigInfos send it: all nineteen fields, the unused
// ones 0 (pricing.md §2; the empty one is shared). Hourly figures keep four decimals (a 10 GiB disk changes an hourly price by less than a
// cent), totals two.

/** Percent paid, one decimal, from an original and a discounted figure; 100 when nothing is charged. */
export function discountPercent(original: number, discounted: number): number {
  return original > 0 ? roundTo((discounted / original) * 100, 1) : 100;
}

/** A per-unit price with its three usage steps (hours 0–96, 96–360, beyond). */
export function unitItemPrice(chargeUnit: 'HOUR' | 'GB', original: number, discounted: [number, number, number]): ItemPrice {
  const hourly = (value: number) => roundTo(value, 4);
  return {
    ...emptyItemPrice(chargeUnit),
    UnitPrice: hourly(original),
    UnitPriceDiscount: hourly(discounted[0]),
    UnitPriceSecondStep: hourly(original),
    UnitPriceDiscountSecondStep: hourly(discounted[1]),
    UnitPriceThirdStep: hourly(original),
    UnitPriceDiscountThirdStep: hourly(discounted[2]),
    Discount: discountPercent(original, discounted[0]),
  };
}

/** A subscription price: totals for the period, and for one, three and five years. */
export function periodItemPrice(total: (months: number) => { original: number; discounted: number }, months: number): ItemPrice {
  const money = (value: number) => roundTo(value, 2);
  const at = (m: number) => {
    const { original, discounted } = total(m);
    return { original: money(original), discounted: money(discounted), discount: discountPercent(original, discounted) };
  };
  const period = at(months);
  const [one, three, five] = [at(12), at(36), at(60)];
  return {
    ...emptyItemPrice(''),
    OriginalPrice: period.original,
    DiscountPrice: period.discounted,
    Discount: period.discount,
    OriginalPriceOneYear: one.original,
    DiscountPriceOneYear: one.discounted,
    DiscountOneYear: one.discount,
    OriginalPriceThreeYear: three.original,
    DiscountPriceThreeYear: three.discounted,
    DiscountThreeYear: three.discount,
    OriginalPriceFiveYear: five.original,
    DiscountPriceFiveYear: five.discounted,
    DiscountFiveYear: five.discount,
  };
}
