// HAI, the high-performance application service (hai 2023-08-12): GPU instances sold as an application (Stable
// Diffusion, an LLM, a development image...) on a compute bundle. Field names as the API spells them (seed 002;
// the neighbouring actions' shapes as the official SDK's models type them). Several numbers are strings there
// (CPU, Memory, GPUMemory, bandwidth), and stay strings here.

/** The documented values of BundleType (RunInstances and InquirePriceRunInstances). */
export const HAI_BUNDLE_TYPES = ['XL', 'XL_2X', '3XL', '3XL_2X', '4XL', '24GB_A'] as const;
export type HaiBundleType = (typeof HAI_BUNDLE_TYPES)[number];

/** What a compute bundle holds, as HAI's product pages describe them (the API lists no bundles, only their codes). */
export interface HaiBundleSpec {
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
}

/** Every bundle's specification: the buy dialog names bundles by them, the emulator builds instances from them. */
export const HAI_BUNDLE_SPECS: Readonly<Record<HaiBundleType, HaiBundleSpec>> = {
  XL: { type: 'XL', nameEn: 'GPU Basic', nameZh: 'GPU基础型', gpuCount: 1, gpuMemory: 16, gpuPerformance: '8+TFlops SP', cpu: 8, memory: 32 },
  XL_2X: { type: 'XL_2X', nameEn: 'GPU Basic ×2', nameZh: 'GPU基础型×2', gpuCount: 2, gpuMemory: 32, gpuPerformance: '16+TFlops SP', cpu: 16, memory: 64 },
  '3XL': { type: '3XL', nameEn: 'GPU Advanced', nameZh: 'GPU进阶型', gpuCount: 1, gpuMemory: 32, gpuPerformance: '15+TFlops SP', cpu: 10, memory: 40 },
  '3XL_2X': { type: '3XL_2X', nameEn: 'GPU Advanced ×2', nameZh: 'GPU进阶型×2', gpuCount: 2, gpuMemory: 64, gpuPerformance: '30+TFlops SP', cpu: 20, memory: 80 },
  '4XL': { type: '4XL', nameEn: 'GPU Professional', nameZh: 'GPU专业型', gpuCount: 1, gpuMemory: 48, gpuPerformance: '40+TFlops SP', cpu: 16, memory: 96 },
  '24GB_A': { type: '24GB_A', nameEn: 'GPU 24 GB', nameZh: 'GPU 24GB型', gpuCount: 1, gpuMemory: 24, gpuPerformance: '20+TFlops SP', cpu: 12, memory: 48 },
};

/** System disk types an HAI instance may have; the default is whichever is in stock (CLOUD_PREMIUM in the emulator). */
export const HAI_DISK_TYPES = ['CLOUD_PREMIUM', 'CLOUD_HSSD'] as const;
export type HaiDiskType = (typeof HAI_DISK_TYPES)[number];

/** The documented system disk range in GB (SystemDisk.DiskSize: default 80, 80–1000). */
export const HAI_SYSTEM_DISK = { min: 80, max: 1000, default: 80 } as const;

/** How many instances one RunInstances may buy (the field's description: at most 10 per request). */
export const HAI_INSTANCE_COUNT = { min: 1, max: 10 } as const;

/** InstanceName's documented limit, in characters. */
export const HAI_INSTANCE_NAME_MAX = 128;

export interface HaiSystemDisk {
  DiskType: HaiDiskType;
  DiskSize: number;
  DiskName?: string | null;
}

export type HaiApplicationType = 'PUBLIC_APPLICATION' | 'PRIVATE_APPLICATION' | 'COMMUNITY_APPLICATION';

export interface HaiApplication {
  ApplicationId: string;
  ApplicationName: string;
  Description: string;
  ConfigEnvironment: string;
  /** Smallest system disk, in GB, an instance of this application may have. */
  MinSystemDiskSize: number;
  ApplicationType: HaiApplicationType;
  ApplicationState: 'CREATING' | 'ONLINE' | 'DELETING' | 'ARREARS';
  /** `YYYY-MM-DD hh:mm:ss`. */
  CreateTime: string;
  /** GB. */
  ApplicationSize: number;
}

export interface HaiScene {
  SceneId: string;
  SceneName: string;
}

export interface HaiRegionInfo {
  Region: string;
  RegionName: string;
  RegionState: 'AVAILABLE' | 'UNAVAILABLE';
  ScholarRocketSupportState: 'NO_NEED_SUPPORT' | 'NOT_SUPPORT_YET' | 'ALREADY_SUPPORT';
}

/**
 * The documented states, plus the emulator's transitional STARTING and STOPPING (the API lists none for a start or a
 * stop under way; see the emulator's README). STOPPED_NO_CHARGE is the only stopped state: StopMode STOP_CHARGE is the
 * only documented way to stop.
 */
export type HaiInstanceState = 'PENDING' | 'LAUNCH_FAILED' | 'RUNNING' | 'STARTING' | 'STOPPING' | 'STOPPED_NO_CHARGE' | 'ARREARS' | 'TERMINATING' | 'TERMINATED';

/** States an instance only passes through: a console follows them until they settle. */
export const HAI_TRANSITIONAL_STATES: readonly HaiInstanceState[] = ['PENDING', 'STARTING', 'STOPPING', 'TERMINATING'];

export interface HaiLoginService {
  ServiceName: string;
}

export interface HaiInstance {
  InstanceId: string;
  InstanceName: string;
  InstanceState: HaiInstanceState;
  ApplicationName: string;
  BundleName: string;
  GPUCount: number;
  GPUPerformance: string;
  /** GB, as a string. */
  GPUMemory: string;
  /** Cores, as a string. */
  CPU: string;
  /** GB, as a string. */
  Memory: string;
  SystemDisk: HaiSystemDisk;
  PrivateIpAddresses: string[];
  PublicIpAddresses: string[];
  SecurityGroupIds: string[];
  LatestOperation: string;
  LatestOperationState: 'SUCCESS' | 'OPERATING' | 'FAILED';
  /** `YYYY-MM-DD hh:mm:ss`. */
  CreateTime: string;
  /** Mbps, as a string. */
  MaxOutBandwidth: string;
  /** GB a month, as a string. */
  MaxFreeTraffic: string;
  ConfigurationEnvironment: string;
  LoginServices: HaiLoginService[];
  OSType: 'linux' | 'windows';
}

/** One priced part of an HAI quote; not CVM's ItemPrice. Discount is the percentage paid (100: none). */
export interface HaiItemPrice {
  UnitPrice: number;
  DiscountUnitPrice: number;
  Discount: number;
  /** HOUR, DAY or MONTH. */
  ChargeUnit: 'HOUR' | 'DAY' | 'MONTH';
  /** How many units are priced: instances × period. */
  Amount: number;
  OriginPrice: number;
  DiscountPrice: number;
}

export interface HaiItemPriceDetail {
  /** Empty in a quote for instances not bought yet. */
  InstanceId: string;
  InstancePrice: HaiItemPrice;
  CloudDiskPrice: HaiItemPrice;
  InstanceTotalPrice: HaiItemPrice;
}

export interface HaiPrice {
  InstancePrice: HaiItemPrice;
  CloudDiskPrice: HaiItemPrice;
  PriceDetailSet: HaiItemPriceDetail[];
}
