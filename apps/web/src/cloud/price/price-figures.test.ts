import { describe, expect, it } from 'vitest';
import { emptyItemPrice, type ItemPrice, type Price } from '@cvm/shared';
import { HOURS_PER_MONTH, isDiscounted, priceFigures, steppedCost } from './price-figures.ts';

const item = (over: Partial<ItemPrice>): ItemPrice => ({ ...emptyItemPrice(''), ...over });

const hourly = item({
  ChargeUnit: 'HOUR',
  UnitPrice: 1,
  UnitPriceDiscount: 0.8,
  Discount: 80,
  UnitPriceSecondStep: 1,
  UnitPriceDiscountSecondStep: 0.6,
  UnitPriceThirdStep: 1,
  UnitPriceDiscountThirdStep: 0.5,
});

describe('steppedCost', () => {
  it('walks the three usage steps: 96 h, then up to 360 h, then the rest', () => {
    const month = steppedCost(hourly, HOURS_PER_MONTH);
    expect(month.paid).toBeCloseTo(96 * 0.8 + 264 * 0.6 + 360 * 0.5, 6);
    expect(month.original).toBe(720);
    expect(steppedCost(hourly, 50)).toEqual({ paid: 40, original: 50 });
    expect(steppedCost(hourly, 100).paid).toBeCloseTo(96 * 0.8 + 4 * 0.6, 6);
  });

  it('falls back to the step before when a step price is missing', () => {
    const flat = item({ ChargeUnit: 'HOUR', UnitPrice: 2, UnitPriceDiscount: 2 });
    expect(steppedCost(flat, 720)).toEqual({ paid: 1440, original: 1440 });
  });
});

describe('priceFigures', () => {
  it('pay as you go: per hour with hourly bandwidth added, a stepped month, traffic left out', () => {
    const byBandwidth: Price = { InstancePrice: hourly, BandwidthPrice: item({ ChargeUnit: 'HOUR', UnitPrice: 0.1, UnitPriceDiscount: 0.1 }) };
    const figures = priceFigures(byBandwidth, undefined);
    expect(figures.kind).toBe('hourly');
    if (figures.kind !== 'hourly') return;
    expect(figures.perHour).toEqual({ paid: 0.9, original: 1.1 });
    expect(figures.perMonth.paid).toBeCloseTo(96 * 0.8 + 264 * 0.6 + 360 * 0.5 + 72, 6);
    expect(figures.discount).toBe(80);

    const byTraffic: Price = { InstancePrice: hourly, BandwidthPrice: item({ ChargeUnit: 'GB', UnitPrice: 0.8, UnitPriceDiscount: 0.8 }) };
    const traffic = priceFigures(byTraffic, undefined);
    expect(traffic.bandwidth).toEqual({ unit: 'GB', amount: { paid: 0.8, original: 0.8 } });
    if (traffic.kind === 'hourly') expect(traffic.perHour).toEqual({ paid: 0.8, original: 1 });
  });

  it('no public bandwidth is free, not a zero price per GB', () => {
    expect(priceFigures({ InstancePrice: hourly, BandwidthPrice: item({}) }, undefined).bandwidth).toEqual({ unit: 'FREE' });
  });

  it('a subscription: the total for the period with prepaid bandwidth, and per month', () => {
    const prepaid: Price = {
      InstancePrice: item({ OriginalPrice: 1200, DiscountPrice: 1000, Discount: 83 }),
      BandwidthPrice: item({ OriginalPrice: 240, DiscountPrice: 200, Discount: 83 }),
    };
    const figures = priceFigures(prepaid, 12);
    expect(figures.kind).toBe('prepaid');
    if (figures.kind !== 'prepaid') return;
    expect(figures.total).toEqual({ paid: 1200, original: 1440 });
    expect(figures.perMonth).toEqual({ paid: 100, original: 120 });
    expect(isDiscounted(figures.total)).toBe(true);
    expect(isDiscounted({ paid: 5, original: 5 })).toBe(false);
  });
});
