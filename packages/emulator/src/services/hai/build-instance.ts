import type { HaiDiskType, HaiInstance, HaiInstanceState } from '@cvm/shared';
import type { Random } from '../../state/random.ts';
import { resourceId } from '../../state/random.ts';
import type { SeedApplication } from './applications.ts';
import type { HaiBundle } from './bundles.ts';
import type { HaiRecord, HaiRegion } from './hai-region.ts';
import { beijingTime } from '../../state/cloud-time.ts';

// One HAI instance as DescribeInstances shows it, built the same way for a purchase and for the demo world.

/** Every instance gets 10 Mbps out and 500 GB of free traffic a month (the API's documented defaults). */
const MAX_OUT_BANDWIDTH = '10';
const MAX_FREE_TRAFFIC = '500';

export interface HaiInstanceSpec {
  name: string;
  application: SeedApplication;
  bundle: HaiBundle;
  disk: { type: HaiDiskType; size: number };
  state: HaiInstanceState;
  createdAt: number;
  latestOperation: { name: string; state: HaiInstance['LatestOperationState'] };
  publicIp?: string;
}

function allocatePrivateIp(hai: HaiRegion): string {
  const host = hai.network.nextHost++;
  return `${hai.network.prefix}.${Math.floor(host / 250)}.${(host % 250) + 2}`;
}

/** A public address in the ranges the emulator's CVM instances use. */
export function haiPublicIp(random: Random): string {
  const firstOctets = [43, 49, 101, 106, 119, 124, 129, 150];
  const octet = () => Math.floor(random() * 254) + 1;
  return `${firstOctets[Math.floor(random() * firstOctets.length)]}.${octet()}.${octet()}.${octet()}`;
}

export function buildHaiInstance(hai: HaiRegion, random: Random, spec: HaiInstanceSpec): HaiRecord {
  const { application, bundle } = spec;
  const instance: HaiInstance = {
    InstanceId: resourceId('hai', random),
    InstanceName: spec.name,
    InstanceState: spec.state,
    ApplicationName: application.name,
    // Named in the caller's language when read (describe-instances.ts).
    BundleName: bundle.nameEn,
    GPUCount: bundle.gpuCount,
    GPUPerformance: bundle.gpuPerformance,
    GPUMemory: String(bundle.gpuMemory),
    CPU: String(bundle.cpu),
    Memory: String(bundle.memory),
    // No partition name: the SDK does not say DiskName may be null, so it is empty.
    SystemDisk: { DiskType: spec.disk.type, DiskSize: spec.disk.size, DiskName: '' },
    PrivateIpAddresses: [allocatePrivateIp(hai)],
    PublicIpAddresses: spec.publicIp ? [spec.publicIp] : [],
    SecurityGroupIds: [hai.securityGroupId],
    LatestOperation: spec.latestOperation.name,
    LatestOperationState: spec.latestOperation.state,
    CreateTime: beijingTime(spec.createdAt),
    MaxOutBandwidth: MAX_OUT_BANDWIDTH,
    MaxFreeTraffic: MAX_FREE_TRAFFIC,
    ConfigurationEnvironment: application.configEnvironment,
    LoginServices: application.loginServices.map((ServiceName) => ({ ServiceName })),
    OSType: application.osType,
  };
  return { instance, createdAt: spec.createdAt, bundleType: bundle.type };
}
