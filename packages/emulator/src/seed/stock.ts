import type { StockCategory } from '@cvm/shared';
import type { SeedInstanceType } from './instance-types.ts';

// How much of each type a zone has left. Deterministic, so tests and demos see the same shelves every start:
// - a zone that is not available sells nothing;
// - the largest size of every family is sold out in zones numbered 3 (big hosts are scarce);
// - GPU types are sold out in zones numbered 4;
// - otherwise a fixed hash of (zone, type) leaves about one in twelve sold out and one in eight running low.
// Small everyday sizes (up to 4 vCPUs) are never sold out, so there is always something to buy.

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function stockOf(zone: string, zoneAvailable: boolean, type: SeedInstanceType, familyTypes: SeedInstanceType[]): StockCategory {
  if (!zoneAvailable) return 'WithoutStock';
  const zoneNumber = Number(zone.slice(zone.lastIndexOf('-') + 1));
  const largest = familyTypes.reduce((max, t) => (t.CPU * 1000 + t.Memory > max.CPU * 1000 + max.Memory ? t : max), familyTypes[0]!);
  if (zoneNumber === 3 && type.InstanceType === largest.InstanceType) return 'WithoutStock';
  if (zoneNumber === 4 && type.GpuCount > 0) return 'WithoutStock';
  const h = hash(`${zone}/${type.InstanceType}`);
  if (type.CPU > 4 && h % 12 === 0) return 'WithoutStock';
  if (h % 8 === 1) return 'UnderStock';
  return h % 3 === 0 ? 'NormalStock' : 'EnoughStock';
}

/** Hardware facts DescribeZoneInstanceConfigInfos reports per family. */
export const FAMILY_HARDWARE: Record<string, { cpuType: string; frequency: string; nic: number; bandwidthPerCpu: number; ppsPerCpu: number }> = {
  S5: { cpuType: 'Intel Xeon Cascade Lake 8255C', frequency: '2.5GHz/3.1GHz', nic: 25, bandwidthPerCpu: 1.5, ppsPerCpu: 12 },
  SA2: { cpuType: 'AMD EPYC ROME', frequency: '2.6GHz/3.3GHz', nic: 25, bandwidthPerCpu: 1.5, ppsPerCpu: 10 },
  S6: { cpuType: 'Intel Xeon Ice Lake', frequency: '2.7GHz/3.3GHz', nic: 25, bandwidthPerCpu: 2, ppsPerCpu: 15 },
  SA3: { cpuType: 'AMD EPYC Milan', frequency: '2.55GHz/3.5GHz', nic: 25, bandwidthPerCpu: 2, ppsPerCpu: 15 },
  M5: { cpuType: 'Intel Xeon Cascade Lake 8255C', frequency: '2.5GHz/3.1GHz', nic: 25, bandwidthPerCpu: 1.5, ppsPerCpu: 12 },
  C5: { cpuType: 'Intel Xeon Cascade Lake 6231C', frequency: '3.1GHz/3.5GHz', nic: 25, bandwidthPerCpu: 2, ppsPerCpu: 16 },
  IT5: { cpuType: 'Intel Xeon Cascade Lake 8255C', frequency: '2.5GHz/3.1GHz', nic: 25, bandwidthPerCpu: 1.5, ppsPerCpu: 12 },
  GN7: { cpuType: 'Intel Xeon Cascade Lake 8255C', frequency: '2.5GHz/3.1GHz', nic: 25, bandwidthPerCpu: 1.25, ppsPerCpu: 10 },
  FX4: { cpuType: 'Intel Xeon Skylake 6133', frequency: '2.5GHz/3.0GHz', nic: 25, bandwidthPerCpu: 1.25, ppsPerCpu: 10 },
  HCCPNV4ane: { cpuType: 'AMD EPYC Milan', frequency: '2.55GHz/3.5GHz', nic: 100, bandwidthPerCpu: 0.4, ppsPerCpu: 8 },
};
