import { DATA_DISK_LIMITS, DATA_DISK_STEP, MAX_DATA_DISKS, SYSTEM_DISK_LIMITS, type DiskType, type Image } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { PurchaseParams } from './purchase-params.ts';

// System and data disks of a purchase (SystemDisk, DataDisk structures; DataDisks ≤ 21: one local + twenty cloud).
// No emulated type has local disks of its own, so LOCAL_* disks are refused; the documented default data disk type is
// LOCAL_BASIC, so a data disk must name its cloud type.

export interface PurchasedDisk {
  type: DiskType;
  size: number;
  deleteWithInstance?: boolean;
  encrypt?: boolean;
  kmsKeyId?: string;
  name?: string;
}

const isLocal = (type: string) => type.startsWith('LOCAL_');

function refuseLocal(type: string, parameter: string): void {
  if (type === 'LOCAL_NVME' || type === 'LOCAL_PRO') {
    throw new CloudError('InvalidParameterValue', `\`${parameter}\` ${type} disks come with their instance type and cannot be chosen.`);
  }
  if (isLocal(type)) {
    throw new CloudError(
      'UnsupportedOperation.InvalidDisk',
      `\`${parameter}\` ${type}: this instance type has no local disks; choose a cloud disk type such as CLOUD_PREMIUM or CLOUD_SSD.`,
    );
  }
}

export function resolveSystemDisk(params: PurchaseParams, image: Image): PurchasedDisk {
  const type = params.SystemDisk?.DiskType ?? 'CLOUD_BSSD';
  refuseLocal(type, 'SystemDisk.DiskType');
  const min = Math.max(SYSTEM_DISK_LIMITS.min, image.ImageSize, image.Platform === 'Windows' ? SYSTEM_DISK_LIMITS.windowsMin : 0);
  const size = params.SystemDisk?.DiskSize ?? Math.max(50, min);
  if (size < min || size > SYSTEM_DISK_LIMITS.max) {
    throw new CloudError('InvalidParameterValue.Range', `\`SystemDisk.DiskSize\` ${size} GB is out of range: this image needs ${min}–${SYSTEM_DISK_LIMITS.max} GB.`);
  }
  const { Encrypt: encrypt, KmsKeyId: kmsKeyId } = params.SystemDisk ?? {};
  if (kmsKeyId !== undefined && !encrypt) throw new CloudError('InvalidParameterCombination', '`SystemDisk.KmsKeyId` needs `SystemDisk.Encrypt` set to true.');
  return { type, size, name: params.SystemDisk?.DiskName, encrypt, kmsKeyId };
}

export function resolveDataDisks(params: PurchaseParams): PurchasedDisk[] {
  const requested = (params.DataDisks ?? []).map((disk, index) => ({ disk, index })).filter(({ disk }) => disk.DiskSize !== 0);
  if (requested.length > MAX_DATA_DISKS) {
    throw new CloudError('InvalidParameterValue.LimitExceeded', `\`DataDisks\` has ${requested.length} cloud disks; at most ${MAX_DATA_DISKS} are allowed.`);
  }
  return requested.map(({ disk, index }) => {
    const parameter = `DataDisks.${index}`;
    const type = disk.DiskType ?? 'LOCAL_BASIC';
    refuseLocal(type, `${parameter}.DiskType`);
    const limits = DATA_DISK_LIMITS[type as DiskType]!;
    if (type === 'CLOUD_SSD' && disk.DiskSize < limits.min) {
      throw new CloudError(
        'InvalidParameterValue.CloudSsdDataDiskSizeTooSmall',
        `\`${parameter}.DiskSize\` ${disk.DiskSize} GB is too small: CLOUD_SSD data disks start at ${limits.min} GB.`,
      );
    }
    if (disk.DiskSize < limits.min || disk.DiskSize > limits.max || disk.DiskSize % DATA_DISK_STEP !== 0) {
      throw new CloudError(
        'InvalidParameterValue.Range',
        `\`${parameter}.DiskSize\` ${disk.DiskSize} GB is invalid: ${type} data disks are ${limits.min}–${limits.max} GB in steps of ${DATA_DISK_STEP} GB.`,
      );
    }
    if (disk.SnapshotId !== undefined) {
      if (!/^snap-[a-z0-9]{8}$/.test(disk.SnapshotId))
        throw new CloudError('InvalidParameterValue.SnapshotIdMalformed', `\`${parameter}.SnapshotId\` \`${disk.SnapshotId}\` is malformed.`);
      throw new CloudError('InvalidParameter.SnapshotNotFound', `The snapshot \`${disk.SnapshotId}\` in \`${parameter}.SnapshotId\` does not exist.`);
    }
    if (disk.ThroughputPerformance && type !== 'CLOUD_HSSD' && type !== 'CLOUD_TSSD') {
      throw new CloudError('InvalidParameterCombination', `\`${parameter}.ThroughputPerformance\` applies only to CLOUD_HSSD and CLOUD_TSSD disks.`);
    }
    if (disk.KmsKeyId !== undefined && !disk.Encrypt) {
      throw new CloudError('InvalidParameterCombination', `\`${parameter}.KmsKeyId\` needs \`${parameter}.Encrypt\` set to true.`);
    }
    return { type: type as DiskType, size: disk.DiskSize, deleteWithInstance: disk.DeleteWithInstance, encrypt: disk.Encrypt, kmsKeyId: disk.KmsKeyId, name: disk.DiskName };
  });
}
