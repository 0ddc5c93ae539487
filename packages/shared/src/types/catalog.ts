// Regions, zones, instance types and images (reference 38466 RegionInfo, 39362 ZoneInfo, 37387 InstanceTypeConfig, 36738 Image).

export interface RegionInfo {
  Region: string;
  RegionName: string;
  RegionState: 'AVAILABLE' | 'UNAVAILABLE';
}

export interface ZoneInfo {
  Zone: string;
  ZoneName: string;
  ZoneId: string;
  ZoneState: 'AVAILABLE' | 'UNAVAILABLE';
}

export interface InstanceTypeConfig {
  Zone: string;
  InstanceType: string;
  InstanceFamily: string;
  GPU: number;
  CPU: number;
  Memory: number;
  FPGA: number;
  GpuCount: number;
  /** The GPU model ('' without GPUs), and one GPU's memory in GiB. */
  GpuType?: string;
  GpuMemory?: number;
}

export type ImageType = 'PUBLIC_IMAGE' | 'PRIVATE_IMAGE' | 'SHARED_IMAGE';

export interface Snapshot {
  SnapshotId: string;
  DiskUsage: 'SYSTEM_DISK' | 'DATA_DISK';
  DiskSize: number;
}

export interface Image {
  ImageId: string;
  OsName: string;
  ImageType: ImageType;
  CreatedTime: string;
  ImageName: string;
  ImageDescription: string;
  ImageSize: number;
  Architecture: 'x86_64' | 'arm' | 'i386';
  ImageState: 'CREATING' | 'NORMAL' | 'CREATEFAILED' | 'SYNCING' | 'IMPORTING' | 'IMPORTFAILED';
  Platform: string;
  ImageCreator: string;
  ImageSource: 'OFFICIAL' | 'CREATE_IMAGE' | 'EXTERNAL_IMPORT';
  SyncPercent: number | null;
  IsSupportCloudinit: boolean;
  SnapshotSet: Snapshot[];
  Tags: { Key: string; Value: string }[];
  LicenseType: 'TencentCloud' | 'BYOL';
  ImageFamily: string;
  ImageDeprecated: boolean;
  /** The image's cache in a dedicated cluster (CDC); '' without one. */
  CdcCacheStatus?: string;
}
