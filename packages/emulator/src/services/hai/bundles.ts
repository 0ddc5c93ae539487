import type { HaiBundleType } from '@cvm/shared';
import { regionFactor } from '../../pricing/rates.ts';

// The compute bundles HAI sells (BundleType's documented values) with what each holds and its price. The API has no
// action that lists bundles; these figures are the emulator's own, in the range HAI is sold at (CNY per hour in
// Guangzhou, times the regional factor every emulated price uses).

export interface HaiBundle {
  type: HaiBundleType;
  nameEn: string;
  nameZh: string;
  gpuCount: number;
  /** GB of GPU memory, all cards together. */
  gpuMemory: number;
  gpuPerformance: string;
  cpu: number;
  /** GB. */
  memory: number;
  hourly: number;
}

export const HAI_BUNDLES: readonly HaiBundle[] = [
  { type: 'XL', nameEn: 'GPU Basic', nameZh: 'GPU基础型', gpuCount: 1, gpuMemory: 16, gpuPerformance: '8+TFlops SP', cpu: 8, memory: 32, hourly: 1.2 },
  { type: 'XL_2X', nameEn: 'GPU Basic ×2', nameZh: 'GPU基础型×2', gpuCount: 2, gpuMemory: 32, gpuPerformance: '16+TFlops SP', cpu: 16, memory: 64, hourly: 2.4 },
  { type: '3XL', nameEn: 'GPU Advanced', nameZh: 'GPU进阶型', gpuCount: 1, gpuMemory: 32, gpuPerformance: '15+TFlops SP', cpu: 10, memory: 40, hourly: 2.68 },
  { type: '3XL_2X', nameEn: 'GPU Advanced ×2', nameZh: 'GPU进阶型×2', gpuCount: 2, gpuMemory: 64, gpuPerformance: '30+TFlops SP', cpu: 20, memory: 80, hourly: 5.36 },
  { type: '4XL', nameEn: 'GPU Professional', nameZh: 'GPU专业型', gpuCount: 1, gpuMemory: 48, gpuPerformance: '40+TFlops SP', cpu: 16, memory: 96, hourly: 6.5 },
  { type: '24GB_A', nameEn: 'GPU 24 GB', nameZh: 'GPU 24GB型', gpuCount: 1, gpuMemory: 24, gpuPerformance: '20+TFlops SP', cpu: 12, memory: 48, hourly: 2.1 },
];

/** Bundles sold out per region, so ResourceInsufficient.BundleInventoryShortage can be seen; every other one is in stock. */
export const HAI_SOLD_OUT: Readonly<Record<string, readonly HaiBundleType[]>> = {
  'ap-guangzhou': ['3XL_2X'],
  'ap-shanghai': ['4XL'],
  'ap-beijing': ['XL_2X', '4XL'],
  'ap-singapore': ['3XL_2X', '4XL'],
  'na-siliconvalley': ['4XL'],
  'eu-frankfurt': ['4XL', '24GB_A'],
};

export function findBundle(type: string): HaiBundle | undefined {
  return HAI_BUNDLES.find((bundle) => bundle.type === type);
}

export function isSoldOut(region: string, type: HaiBundleType): boolean {
  return HAI_SOLD_OUT[region]?.includes(type) ?? false;
}

/** The bundle's price per hour in a region, four decimals. */
export function bundleHourly(region: string, bundle: HaiBundle): number {
  return Math.round(bundle.hourly * regionFactor(region) * 10_000) / 10_000;
}
