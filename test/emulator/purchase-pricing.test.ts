import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import type { InstanceTypeQuotaItem, ItemPrice, Price } from '@cvm/shared';
import { errorCode, signedCall } from '../support/signed-call.ts';

// InquiryPriceRunInstances: the arithmetic a person relies on when the price panel says what a purchase costs.
// Every expectation is a relation between quotes (more disk costs more, N instances cost N times one, a year costs
// less than twelve months), checked against the emulator's own catalogue prices, never a copied figure.

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());

const call = (action: string, params: object) => signedCall(emulator.url, action, params, { region: 'ap-guangzhou' });
const cents = (value: number) => Math.round(value * 10_000);

async function quote(overrides: object = {}): Promise<Price> {
  const response = await call('InquiryPriceRunInstances', {
    Placement: { Zone: 'ap-guangzhou-3' },
    ImageId: 'img-eb30mz89',
    InstanceType: 'S5.MEDIUM4',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    ...overrides,
  });
  expect(errorCode(response)).toBeUndefined();
  return response.Response.Price as Price;
}

async function catalogue(type: string, chargeType: string): Promise<ItemPrice> {
  const { Response } = await call('DescribeZoneInstanceConfigInfos', {
    Filters: [
      { Name: 'zone', Values: ['ap-guangzhou-3'] },
      { Name: 'instance-type', Values: [type] },
      { Name: 'instance-charge-type', Values: [chargeType] },
    ],
  });
  return (Response.InstanceTypeQuotaSet as InstanceTypeQuotaItem[])[0]!.Price;
}

const ITEM_PRICE_FIELDS = [
  'UnitPrice',
  'ChargeUnit',
  'OriginalPrice',
  'DiscountPrice',
  'Discount',
  'UnitPriceDiscount',
  'UnitPriceSecondStep',
  'UnitPriceDiscountSecondStep',
  'UnitPriceThirdStep',
  'UnitPriceDiscountThirdStep',
  'OriginalPriceOneYear',
  'DiscountPriceOneYear',
  'DiscountOneYear',
  'OriginalPriceThreeYear',
  'DiscountPriceThreeYear',
  'DiscountThreeYear',
  'OriginalPriceFiveYear',
  'DiscountPriceFiveYear',
  'DiscountFiveYear',
];

describe('pay-as-you-go quotes', () => {
  it('answers the documented shape: all nineteen ItemPrice fields, per hour', async () => {
    const price = await quote();
    expect(Object.keys(price.InstancePrice).sort()).toEqual([...ITEM_PRICE_FIELDS].sort());
    expect(Object.keys(price.BandwidthPrice).sort()).toEqual([...ITEM_PRICE_FIELDS].sort());
    expect(price.InstancePrice).toMatchObject({ ChargeUnit: 'HOUR', OriginalPrice: 0, DiscountPrice: 0 });
  });

  it('prices compute as the zone catalogue does, plus the disks, whatever the type', async () => {
    const medium = await quote();
    const large = await quote({ InstanceType: 'S5.LARGE8' });
    const mediumCatalogue = await catalogue('S5.MEDIUM4', 'POSTPAID_BY_HOUR');
    const largeCatalogue = await catalogue('S5.LARGE8', 'POSTPAID_BY_HOUR');
    expect(largeCatalogue.UnitPrice).toBeGreaterThan(mediumCatalogue.UnitPrice);
    const diskShare = cents(medium.InstancePrice.UnitPrice) - cents(mediumCatalogue.UnitPrice);
    expect(diskShare).toBeGreaterThan(0);
    expect(cents(large.InstancePrice.UnitPrice) - cents(largeCatalogue.UnitPrice)).toBeCloseTo(diskShare, -1);
  });

  it('charges more for a bigger or faster disk, and for each data disk', async () => {
    const base = await quote();
    const bigger = await quote({ SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 100 } });
    const faster = await quote({ SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 50 } });
    const withData = await quote({ DataDisks: [{ DiskType: 'CLOUD_PREMIUM', DiskSize: 50 }] });
    expect(bigger.InstancePrice.UnitPrice).toBeGreaterThan(base.InstancePrice.UnitPrice);
    expect(faster.InstancePrice.UnitPrice).toBeGreaterThan(base.InstancePrice.UnitPrice);
    // 50 GB more of the same type costs what a 50 GB data disk of that type costs.
    expect(cents(withData.InstancePrice.UnitPrice)).toBeCloseTo(cents(bigger.InstancePrice.UnitPrice), -1);
  });

  it('prices N instances at N times one', async () => {
    const one = await quote();
    const three = await quote({ InstanceCount: 3 });
    expect(cents(three.InstancePrice.UnitPrice)).toBeCloseTo(3 * cents(one.InstancePrice.UnitPrice), -1);
    expect(cents(three.InstancePrice.UnitPriceDiscount)).toBeCloseTo(3 * cents(one.InstancePrice.UnitPriceDiscount), -1);
  });

  it('applies a family promotion to compute only, shows it as Discount, and lowers later usage steps', async () => {
    const promoted = await catalogue('SA2.MEDIUM4', 'POSTPAID_BY_HOUR');
    expect(promoted.Discount).toBeLessThan(100);
    expect(promoted.UnitPriceDiscount).toBeCloseTo((promoted.UnitPrice * promoted.Discount) / 100, 3);
    const price = (await quote({ InstanceType: 'SA2.MEDIUM4' })).InstancePrice;
    expect(price.UnitPriceDiscount).toBeLessThan(price.UnitPrice);
    // The disks are not discounted, so the whole quote's discount is smaller than the compute promotion.
    expect(price.Discount).toBeGreaterThan(promoted.Discount);
    expect(price.UnitPriceSecondStep).toBe(price.UnitPrice);
    expect(price.UnitPriceDiscountSecondStep).toBeLessThan(price.UnitPriceDiscount);
    expect(price.UnitPriceDiscountThirdStep).toBeLessThan(price.UnitPriceDiscountSecondStep);
    const plain = (await quote()).InstancePrice;
    expect(plain.Discount).toBe(100);
  });

  it('prices spot instances at a fraction of pay-as-you-go', async () => {
    const spot = (await quote({ InstanceChargeType: 'SPOTPAID' })).InstancePrice;
    const normal = (await quote()).InstancePrice;
    expect(spot.UnitPrice).toBe(normal.UnitPrice);
    expect(spot.UnitPriceDiscount).toBeLessThan(normal.UnitPriceDiscount / 2);
  });

  it('prices bandwidth separately: traffic per GB whatever the cap, bandwidth per hour with a dearer rate above 5 Mbps', async () => {
    const none = (await quote()).BandwidthPrice;
    expect(none.UnitPrice).toBe(0);
    const traffic1 = (await quote({ InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 1 } })).BandwidthPrice;
    const traffic100 = (await quote({ InternetAccessible: { InternetChargeType: 'TRAFFIC_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 100 } })).BandwidthPrice;
    expect(traffic1).toMatchObject({ ChargeUnit: 'GB' });
    expect(traffic1.UnitPrice).toBeGreaterThan(0);
    expect(traffic100.UnitPrice).toBe(traffic1.UnitPrice);
    const hourly = async (mbps: number, count = 1) =>
      (await quote({ InstanceCount: count, InternetAccessible: { InternetChargeType: 'BANDWIDTH_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: mbps } })).BandwidthPrice;
    const [five, ten] = [await hourly(5), await hourly(10)];
    expect(five.ChargeUnit).toBe('HOUR');
    expect(cents(ten.UnitPrice) - cents(five.UnitPrice)).toBeGreaterThan(cents(five.UnitPrice));
    expect(cents((await hourly(10, 2)).UnitPrice)).toBeCloseTo(2 * cents(ten.UnitPrice), -1);
    // The bandwidth choice never changes the instance part.
    expect((await quote({ InternetAccessible: { InternetChargeType: 'BANDWIDTH_POSTPAID_BY_HOUR', InternetMaxBandwidthOut: 10 } })).InstancePrice).toEqual(
      (await quote()).InstancePrice,
    );
  });
});

describe('subscription quotes', () => {
  const prepaid = (period: number, overrides: object = {}) => quote({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: period }, ...overrides });

  it('quotes totals for the period, the catalogue month plus the disks', async () => {
    const month = (await prepaid(1)).InstancePrice;
    expect(month).toMatchObject({ UnitPrice: 0, UnitPriceDiscount: 0, Discount: 100 });
    const catalogueMonth = await catalogue('S5.MEDIUM4', 'PREPAID');
    expect(month.DiscountPrice).toBeGreaterThan(catalogueMonth.DiscountPrice);
    const bigger = (await prepaid(1, { SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 100 } })).InstancePrice;
    expect(bigger.DiscountPrice).toBeGreaterThan(month.DiscountPrice);
    const six = (await prepaid(6)).InstancePrice;
    expect(six.OriginalPrice).toBeCloseTo(6 * month.OriginalPrice, 1);
    expect(six.DiscountPrice).toBeCloseTo(6 * month.DiscountPrice, 1);
  });

  it('discounts longer periods, and reports the one-, three- and five-year prices consistently', async () => {
    const month = (await prepaid(1)).InstancePrice;
    const year = (await prepaid(12)).InstancePrice;
    const threeYears = (await prepaid(36)).InstancePrice;
    expect(year.OriginalPrice).toBeCloseTo(12 * month.OriginalPrice, 1);
    expect(year.DiscountPrice).toBeLessThan(12 * month.DiscountPrice);
    expect(year.Discount).toBeCloseTo((year.DiscountPrice / year.OriginalPrice) * 100, 0);
    expect(month.DiscountPriceOneYear).toBe(year.DiscountPrice);
    expect(month.DiscountPriceThreeYear).toBe(threeYears.DiscountPrice);
    expect(threeYears.DiscountPrice / 36).toBeLessThan(year.DiscountPrice / 12);
    const twoInstances = (await prepaid(12, { InstanceCount: 2 })).InstancePrice;
    expect(twoInstances.DiscountPrice).toBeCloseTo(2 * year.DiscountPrice, 1);
  });

  it('prices prepaid bandwidth for the period too', async () => {
    const bandwidth = async (period: number) =>
      (await prepaid(period, { InternetAccessible: { InternetChargeType: 'BANDWIDTH_PREPAID', InternetMaxBandwidthOut: 10 } })).BandwidthPrice;
    const [one, three] = [await bandwidth(1), await bandwidth(3)];
    expect(one.DiscountPrice).toBeGreaterThan(0);
    expect(three.DiscountPrice).toBeCloseTo(3 * one.DiscountPrice, 1);
  });
});

describe('what cannot be priced', () => {
  it('refuses what RunInstances would refuse: a sold-out type, a charge type it does not quote, too many instances', async () => {
    const refuse = async (overrides: object) =>
      errorCode(await call('InquiryPriceRunInstances', { Placement: { Zone: 'ap-guangzhou-3' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', ...overrides }));
    expect(await refuse({ InstanceType: 'S5.16XLARGE256' })).toBe('ResourcesSoldOut.SpecifiedInstanceType');
    expect(await refuse({ InstanceChargeType: 'CDHPAID' })).toBe('InvalidParameterValue');
    expect(await refuse({ InstanceCount: 101 })).toBe('InvalidParameterValue.LimitExceeded');
    expect(await refuse({ InstanceChargeType: 'PREPAID', InstanceChargePrepaid: { Period: 7.5 } })).toBe('InvalidParameter');
  });

  it('quotes counts beyond the zone quota: a price is not a purchase', async () => {
    const response = await signedCall(
      emulator.url,
      'InquiryPriceRunInstances',
      { Placement: { Zone: 'ap-singapore-4' }, ImageId: 'img-eb30mz89', InstanceType: 'S5.MEDIUM4', InstanceCount: 5 },
      { region: 'ap-singapore' },
    );
    expect(errorCode(response)).toBeUndefined();
  });
});
