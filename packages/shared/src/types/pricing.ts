// Prices as the cloud quotes them (reference 38352 Price, 36540 ItemPrice; pricing.md §2). All amounts are CNY.

/**
 * One priced part of a purchase. Prepaid quotes fill OriginalPrice / DiscountPrice (totals for the period); pay-as-you-go
 * quotes fill the UnitPrice* fields per ChargeUnit, in three usage steps: hours (0, 96), (96, 360) and (360, ∞).
 * Discount is the percentage paid: 80 means "pay 80 %", 100 means no discount.
 */
export interface ItemPrice {
  UnitPrice: number;
  ChargeUnit: 'HOUR' | 'GB' | '';
  OriginalPrice: number;
  DiscountPrice: number;
  Discount: number;
  UnitPriceDiscount: number;
  UnitPriceSecondStep: number;
  UnitPriceDiscountSecondStep: number;
  UnitPriceThirdStep: number;
  UnitPriceDiscountThirdStep: number;
  OriginalPriceOneYear: number | null;
  DiscountPriceOneYear: number | null;
  DiscountOneYear: number | null;
  OriginalPriceThreeYear: number | null;
  DiscountPriceThreeYear: number | null;
  DiscountThreeYear: number | null;
  OriginalPriceFiveYear: number | null;
  DiscountPriceFiveYear: number | null;
  DiscountFiveYear: number | null;
}

/** A quote: the instance part (compute and disks) and the network part, priced separately. */
export interface Price {
  InstancePrice: ItemPrice;
  BandwidthPrice: ItemPrice;
}

/** An ItemPrice with nothing to pay: every field present, as the cloud sends them, the unused ones 0. */
export function emptyItemPrice(chargeUnit: ItemPrice['ChargeUnit'] = ''): ItemPrice {
  return {
    UnitPrice: 0,
    ChargeUnit: chargeUnit,
    OriginalPrice: 0,
    DiscountPrice: 0,
    Discount: 100,
    UnitPriceDiscount: 0,
    UnitPriceSecondStep: 0,
    UnitPriceDiscountSecondStep: 0,
    UnitPriceThirdStep: 0,
    UnitPriceDiscountThirdStep: 0,
    OriginalPriceOneYear: 0,
    DiscountPriceOneYear: 0,
    DiscountOneYear: 0,
    OriginalPriceThreeYear: 0,
    DiscountPriceThreeYear: 0,
    DiscountThreeYear: 0,
    OriginalPriceFiveYear: 0,
    DiscountPriceFiveYear: 0,
    DiscountFiveYear: 0,
  };
}

/** Usage hours where the pay-as-you-go second and third price steps begin (pricing.md §2). */
export const PRICE_STEP_HOURS = { second: 96, third: 360 } as const;

/** Prepaid periods in months that RunInstances accepts (InstanceChargePrepaid.Period). */
export const PREPAID_PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36, 48, 60] as const;
