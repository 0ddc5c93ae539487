import type { SeedInstanceType } from './instance-types.ts';

// A price table shaped like the cloud's: per family, a price per vCPU-hour and per GiB-hour (CNY), a regional factor,
// and a prepaid monthly discount. The reference gives a handful of real figures (pricing.md); these are in their range.

const FAMILY_RATES: Record<string, { cpu: number; memory: number }> = {
  S5: { cpu: 0.056, memory: 0.028 },
  SA2: { cpu: 0.044, memory: 0.022 },
  S6: { cpu: 0.06, memory: 0.03 },
  SA3: { cpu: 0.048, memory: 0.024 },
  M5: { cpu: 0.05, memory: 0.032 },
  C5: { cpu: 0.072, memory: 0.026 },
  IT5: { cpu: 0.08, memory: 0.03 },
  GN7: { cpu: 0.3, memory: 0.05 },
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

/** Monthly subscriptions cost this share of 720 pay-as-you-go hours. */
export const PREPAID_MONTHLY_FACTOR = 0.55;

const round2 = (value: number) => Math.round(value * 100) / 100;

export function hourlyPrice(type: Pick<SeedInstanceType, 'InstanceFamily' | 'CPU' | 'Memory'>, region: string): number {
  const rates = FAMILY_RATES[type.InstanceFamily] ?? { cpu: 0.06, memory: 0.03 };
  return round2((rates.cpu * type.CPU + rates.memory * type.Memory) * (REGION_FACTOR[region] ?? 1.1));
}

export function monthlyPrice(type: Pick<SeedInstanceType, 'InstanceFamily' | 'CPU' | 'Memory'>, region: string): number {
  return round2(hourlyPrice(type, region) * 720 * PREPAID_MONTHLY_FACTOR);
}
