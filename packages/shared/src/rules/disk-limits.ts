import type { DiskType } from '../types/instance.ts';

// Cloud disk sizes RunInstances accepts, per disk type (GiB). Data disks grow in steps of 10 GiB; CLOUD_SSD data disks
// start at 100 GiB (InvalidParameterValue.CloudSsdDataDiskSizeTooSmall). Shared by the emulator and the wizard.

export const DATA_DISK_STEP = 10;
export const MAX_DATA_DISKS = 20;

export const SYSTEM_DISK_LIMITS = { min: 20, max: 1024, windowsMin: 50 } as const;

export const DATA_DISK_LIMITS: Partial<Record<DiskType, { min: number; max: number }>> = {
  CLOUD_BASIC: { min: 10, max: 32000 },
  CLOUD_PREMIUM: { min: 10, max: 32000 },
  CLOUD_BSSD: { min: 20, max: 32000 },
  CLOUD_SSD: { min: 100, max: 32000 },
  CLOUD_HSSD: { min: 20, max: 32000 },
  CLOUD_TSSD: { min: 20, max: 32000 },
};

/** Cloud disk types the wizard offers, cheapest first. */
export const CLOUD_DISK_TYPES = ['CLOUD_PREMIUM', 'CLOUD_BSSD', 'CLOUD_SSD', 'CLOUD_HSSD'] as const satisfies readonly DiskType[];

/** Most outbound public bandwidth (Mbps) by internet charge type. */
export const MAX_BANDWIDTH_MBPS = { BANDWIDTH_PREPAID: 200, BANDWIDTH_POSTPAID_BY_HOUR: 100, TRAFFIC_POSTPAID_BY_HOUR: 200, BANDWIDTH_PACKAGE: 200 } as const;
