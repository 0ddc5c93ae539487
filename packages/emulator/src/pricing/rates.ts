import type { DiskType } from '@cvm/shared';
import type { SeedInstanceType } from '../seed/instance-types.ts';

// The emulated price list (CNY), shaped like the cloud's: compute per vCPU-hour and GiB-hour by family, a regional
// factor, disks per GiB-month by type, public bandwidth by billing method, and the discounts the cloud quotes
// (family promotions, longer subscriptions). The reference gives a handful of real figures (pricing.md); these sit in
// their range. Every quote the emulator gives is derived from this table and nothing else.

const FAMILY_RATES: Record<string, { cpu: number; memory: number }> = {
  S5: { cpu: 0.056, memory: 0.028 },
  SA2: { cpu: 0.044, memory: 0.022 },
  S6: { cpu: 0.06, memory: 0.03 },
  SA3: { cpu: 0.048, memory: 0.024 },
  M5: { cpu: 0.05, memory: 0.032 },
  C5: { cpu: 0.072, memory: 0.026 },
  IT5: { cpu: 0.08, memory: 0.03 },
  GN7: { cpu: 0.3, memory: 0.05 },
  FX4: { cpu: 0.22, memory: 0.04 },
  HCCPNV4ane: { cpu: 0.42, memory: 0.06 },
};

const REGION_FACTOR: Record<string, number> = {
  'ap-guangzhou': 1,
  'ap-shanghai': 1.02,
  'ap-beijing': 1.02,
  'ap-chengdu': 0.96,
  'ap-hongkong': 1.25,
  'ap-singapore': 1.3,
  'na-siliconvalley': 1.35,
  'eu-frankfurt': 1.4,
};

export const regionFactor = (region: string) => REGION_FACTOR[region] ?? 1.1;

/** Monthly subscriptions cost this share of 720 pay-as-you-go hours. */
export const PREPAID_MONTHLY_FACTOR = 0.55;

/** Percent paid for pay-as-you-go compute, by family (a running promotion); absent means no discount. */
export const POSTPAID_FAMILY_DISCOUNT: Record<string, number> = { SA2: 80, SA3: 85 };

/** Percent paid for subscriptions, by family, before the period discount. */
export const PREPAID_FAMILY_DISCOUNT: Record<string, number> = { SA2: 90 };

/** Spot instances pay this percent of the pay-as-you-go price. */
export const SPOT_DISCOUNT = 20;

/** Pay-as-you-go compute steps: hours 96–360 and beyond 360 pay this share of the first step's discounted price. */
export const STEP_FACTORS = { second: 0.85, third: 0.75 } as const;

/** Percent paid for a subscription of at least this many months. */
const PERIOD_DISCOUNTS: [months: number, percent: number][] = [
  [60, 40],
  [48, 45],
  [36, 50],
  [24, 70],
  [12, 83],
];

export function periodDiscount(months: number): number {
  return PERIOD_DISCOUNTS.find(([least]) => months >= least)?.[1] ?? 100;
}

/** Disks per GiB per month; pay-as-you-go disks cost the month's price spread over 720 hours. */
const DISK_MONTHLY_PER_GB: Record<DiskType, number> = {
  LOCAL_BASIC: 0.25,
  LOCAL_SSD: 0.8,
  CLOUD_BASIC: 0.3,
  CLOUD_PREMIUM: 0.35,
  CLOUD_BSSD: 0.5,
  CLOUD_SSD: 1,
  CLOUD_HSSD: 1.2,
  CLOUD_TSSD: 2,
};

export const diskMonthlyPerGb = (type: DiskType) => DISK_MONTHLY_PER_GB[type];

/** Public bandwidth: a cheaper rate up to 5 Mbps, a dearer one above; traffic is per GB whatever the bandwidth. */
export const BANDWIDTH_RATES = {
  firstTierMbps: 5,
  hourlyPerMbps: [0.063, 0.25],
  monthlyPerMbps: [23, 80],
  trafficPerGb: 0.8,
} as const;

export function tieredBandwidth(mbps: number, [low, high]: readonly [number, number]): number {
  const first = Math.min(mbps, BANDWIDTH_RATES.firstTierMbps);
  return first * low + Math.max(0, mbps - BANDWIDTH_RATES.firstTierMbps) * high;
}

/** Original pay-as-you-go price of an instance type per hour, compute only. */
export function hourlyPrice(type: Pick<SeedInstanceType, 'InstanceFamily' | 'CPU' | 'Memory'>, region: string): number {
  const rates = FAMILY_RATES[type.InstanceFamily] ?? { cpu: 0.06, memory: 0.03 };
  return roundTo((rates.cpu * type.CPU + rates.memory * type.Memory) * regionFactor(region), 4);
}

/** Original subscription price of an instance type per month, compute only. */
export function monthlyPrice(type: Pick<SeedInstanceType, 'InstanceFamily' | 'CPU' | 'Memory'>, region: string): number {
  return roundTo(hourlyPrice(type, region) * 720 * PREPAID_MONTHLY_FACTOR, 2);
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
