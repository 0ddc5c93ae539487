import { HAI_BUNDLE_SPECS, HAI_BUNDLE_TYPES, type HaiBundleSpec, type HaiBundleType } from '@cvm/shared';
import { regionFactor } from '../../pricing/rates.ts';

// The compute bundles HAI sells (BundleType's documented values): what each holds (@cvm/shared HAI_BUNDLE_SPECS) and
// its price. The API has no action that lists bundles; the prices are the emulator's own, in the range HAI is sold at
// (CNY per hour in Guangzhou, times the regional factor every emulated price uses).

export interface HaiBundle extends HaiBundleSpec {
  /** CNY an hour in Guangzhou. */
  hourly: number;
}

/** Guangzhou's price an hour of each bundle; what each holds is @cvm/shared's HAI_BUNDLE_SPECS. */
const HOURLY: Record<HaiBundleType, number> = { XL: 1.2, XL_2X: 2.4, '3XL': 2.68, '3XL_2X': 5.36, '4XL': 6.5, '24GB_A': 2.1 };

export const HAI_BUNDLES: readonly HaiBundle[] = HAI_BUNDLE_TYPES.map((type) => ({ ...HAI_BUNDLE_SPECS[type], hourly: HOURLY[type] }));

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
