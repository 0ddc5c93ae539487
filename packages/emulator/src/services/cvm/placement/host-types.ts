import type { RegionWorld } from '../../../state/world.ts';
import { periodDiscount, regionFactor, roundTo } from '../../../pricing/rates.ts';

// The dedicated host types the emulated cloud sells (CDH, reference 21334: "CDH实例机型，默认为：'HS1'"), with the
// resources a host of each type has for its instances and what it takes:
// - HS1: custom configurations only (`CDH_<n>C<m>G`, RunInstances 8658: "对于付费模式为CDHPAID的实例创建，该参数以"CDH_"为
//   前缀"), as in the reference's own CDH purchase (CDH_1C1G, 9057); a standard type is refused
//   (InvalidParameter.HostIdStandardInstanceTypeNotSupport);
// - HS50: custom configurations and the standard S5 types (another family: InvalidParameter.HostIdInstanceTypeNotSupport);
// - HM50: the standard M5 types only (a custom one: InvalidParameter.HostIdCustomizedInstanceTypeNotSupport).
// The figures of HS50 and HM50 are the reference's examples' (HostItem 36582: HS50 126 vCPU / 320 GiB; DescribeHosts 22306:
// HM50 336 / 700), HS1's the HostResource example's (36617: 32 vCPU; 96 GiB). HM50 is sold out in zones numbered 3.

export interface HostType {
  type: string;
  cpu: number;
  /** GiB. */
  memory: number;
  /** Takes CDH_<n>C<m>G configurations. */
  custom: boolean;
  /** The standard families whose types it takes. */
  families: readonly string[];
  /** CNY per month in ap-guangzhou, before the region's factor and the period's discount. */
  monthly: number;
  /** Zone numbers where it is sold out (ResourceInsufficient.ZoneSoldOutForSpecifiedInstance). */
  soldOutInZones?: readonly number[];
}

export const HOST_TYPES: readonly HostType[] = [
  { type: 'HS1', cpu: 32, memory: 96, custom: true, families: [], monthly: 9_880 },
  // 37050.0 a month is the reference's renewal quote (InquiryPriceRenewHosts, 22024).
  { type: 'HS50', cpu: 126, memory: 320, custom: true, families: ['S5'], monthly: 37_050 },
  { type: 'HM50', cpu: 336, memory: 700, custom: false, families: ['M5'], monthly: 61_800, soldOutInZones: [3] },
];

/** The default of AllocateHosts' HostType. */
export const DEFAULT_HOST_TYPE = 'HS1';

export const hostType = (name: string): HostType | undefined => HOST_TYPES.find((t) => t.type === name);

export function isSoldOut(type: HostType, zone: string): boolean {
  const number = Number(zone.slice(zone.lastIndexOf('-') + 1));
  return type.soldOutInZones?.includes(number) ?? false;
}

/** A host's price for `months` (original and discounted, CNY), in its region: the longer, the cheaper a month. */
export function hostPrice(region: RegionWorld, type: HostType, months: number): { original: number; discounted: number } {
  const original = roundTo(type.monthly * regionFactor(region.seed.region) * months, 2);
  return { original, discounted: roundTo((original * periodDiscount(months)) / 100, 2) };
}

/** `CDH_<cpu>C<memory>G`: a custom configuration for an instance on a dedicated host, or undefined when it is not one. */
export function customConfiguration(instanceType: string): { cpu: number; memory: number } | undefined {
  const match = /^CDH_(\d+)C(\d+)G$/.exec(instanceType);
  if (!match) return undefined;
  return { cpu: Number(match[1]), memory: Number(match[2]) };
}
