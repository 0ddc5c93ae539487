import type { DiskType, InternetChargeType, ItemPrice, Price } from '@cvm/shared';
import type { SeedInstanceType } from '../seed/instance-types.ts';
import { emptyItemPrice, periodItemPrice, unitItemPrice } from './item-price.ts';
import {
  BANDWIDTH_RATES,
  POSTPAID_FAMILY_DISCOUNT,
  PREPAID_FAMILY_DISCOUNT,
  SPOT_DISCOUNT,
  STEP_FACTORS,
  diskMonthlyPerGb,
  hourlyPrice,
  monthlyPrice,
  periodDiscount,
  regionFactor,
  tieredBandwidth,
} from './rates.ts';

// Prices one purchase the way InquiryPriceRunInstances answers: InstancePrice covers compute and every disk of all
// InstanceCount instances; BandwidthPrice the public network. Pay-as-you-go is per hour (traffic per GB);
// subscriptions are totals for the period. Discounts apply to compute (promotions, spot) and to whole subscriptions
// (longer periods); disks and bandwidth have no promotion of their own.

export interface PricedPurchase {
  region: string;
  type: Pick<SeedInstanceType, 'InstanceFamily' | 'CPU' | 'Memory'>;
  chargeType: 'PREPAID' | 'POSTPAID_BY_HOUR' | 'SPOTPAID' | 'CDHPAID' | 'CDCPAID';
  /** Months, for PREPAID. */
  periodMonths: number;
  disks: { type: DiskType; size: number }[];
  internet: { chargeType: InternetChargeType; bandwidth: number };
  count: number;
}

const diskMonthly = (disks: PricedPurchase['disks']) => disks.reduce((sum, disk) => sum + disk.size * diskMonthlyPerGb(disk.type), 0);

function instancePrice(purchase: PricedPurchase): ItemPrice {
  const { region, type, count } = purchase;
  if (purchase.chargeType === 'PREPAID') {
    const compute = monthlyPrice(type, region);
    const disks = diskMonthly(purchase.disks);
    const family = (PREPAID_FAMILY_DISCOUNT[type.InstanceFamily] ?? 100) / 100;
    return periodItemPrice((months) => {
      const period = periodDiscount(months) / 100;
      return {
        original: count * months * (compute + disks),
        discounted: count * months * (compute * family * period + disks * period),
      };
    }, purchase.periodMonths);
  }
  // Compute on a dedicated host is paid with the host; the instance pays only its disks.
  const compute = purchase.chargeType === 'CDHPAID' ? 0 : hourlyPrice(type, region);
  const percent = purchase.chargeType === 'SPOTPAID' ? SPOT_DISCOUNT : (POSTPAID_FAMILY_DISCOUNT[type.InstanceFamily] ?? 100);
  const disks = diskMonthly(purchase.disks) / 720;
  const paid = compute * (percent / 100);
  return unitItemPrice('HOUR', count * (compute + disks), [count * (paid + disks), count * (paid * STEP_FACTORS.second + disks), count * (paid * STEP_FACTORS.third + disks)]);
}

function bandwidthPrice(purchase: PricedPurchase): ItemPrice {
  const { chargeType, bandwidth } = purchase.internet;
  const factor = regionFactor(purchase.region);
  if (bandwidth <= 0 || chargeType === 'BANDWIDTH_PACKAGE') return emptyItemPrice('HOUR');
  switch (chargeType) {
    case 'TRAFFIC_POSTPAID_BY_HOUR': {
      // Per GB sent, whatever the cap: the rate is the same for one instance or many.
      const perGb = BANDWIDTH_RATES.trafficPerGb * factor;
      return unitItemPrice('GB', perGb, [perGb, perGb, perGb]);
    }
    case 'BANDWIDTH_POSTPAID_BY_HOUR': {
      const hourly = purchase.count * tieredBandwidth(bandwidth, BANDWIDTH_RATES.hourlyPerMbps) * factor;
      return unitItemPrice('HOUR', hourly, [hourly, hourly, hourly]);
    }
    case 'BANDWIDTH_PREPAID': {
      const monthly = purchase.count * tieredBandwidth(bandwidth, BANDWIDTH_RATES.monthlyPerMbps) * factor;
      return periodItemPrice((months) => ({ original: monthly * months, discounted: monthly * months * (periodDiscount(months) / 100) }), purchase.periodMonths);
    }
  }
}

export function quotePurchase(purchase: PricedPurchase): Price {
  return { InstancePrice: instancePrice(purchase), BandwidthPrice: bandwidthPrice(purchase) };
}
