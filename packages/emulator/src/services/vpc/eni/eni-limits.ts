import type { Instance } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { interfacesOn } from './eni-lookup.ts';

// How many network interfaces an instance type takes, the primary one included (the cloud's "ENI use limits" table
// grows with the vCPU count). The IT5 family, built around local NVMe disks, takes no elastic ones in the emulator:
// it stands for the families the cloud documents as without ENI support.

export const FAMILIES_WITHOUT_ENI = new Set(['IT5']);

export function eniLimit(cpu: number): number {
  if (cpu <= 1) return 2;
  if (cpu <= 4) return 4;
  if (cpu <= 16) return 8;
  return 10;
}

/** Elastic network interfaces one region of the account may own (instances' primary interfaces are not counted). */
export const ENI_QUOTA_PER_REGION = 50;

/**
 * ResetInstancesType and its quote: an instance keeps its interfaces through a type change, so the new type must take
 * them all, the primary one included — LimitExceeded.EniNumLimit otherwise (001 lines 13797 and 20062: "特定实例当前ENI
 * 数量已超过目标实例类型的ENI允许的最大值，需删除部分ENI后重试").
 */
export function requireRoomForInterfaces(region: RegionWorld, instance: Pick<Instance, 'InstanceId'>, type: { InstanceType: string; CPU: number }): void {
  const has = interfacesOn(region, instance.InstanceId);
  const limit = eniLimit(type.CPU);
  if (has > limit) {
    throw new CloudError(
      'LimitExceeded.EniNumLimit',
      `\`${instance.InstanceId}\` has ${has} network interfaces, the primary one included; ${type.InstanceType} takes ${limit}. Unbind ${has - limit} before changing its type.`,
    );
  }
}
