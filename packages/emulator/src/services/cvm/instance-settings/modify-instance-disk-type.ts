import { DATA_DISK_LIMITS, DISK_TYPES, SYSTEM_DISK_LIMITS, cvm, type DataDisk, type DiskType, type Instance } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { requireActionState, singleTarget } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { startChange } from '../modify/change-flow.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';

// ModifyInstanceDiskType (reference 18300): a STOPPED instance's local disks (LOCAL_BASIC, LOCAL_SSD) become cloud disks
// of the given medium; cloud disks are not converted, spot instances not at all. One data disk per call, and an
// instance with both a local system disk and local data disks converts both together (18306–18308). The instance stays
// STOPPED while the data is copied (the change flow), then DescribeInstances shows the new DiskType.
//
// The emulator sells no type with local disks (purchase/disks.ts), so only an instance given them another way — a test
// setting SystemDisk.DiskType on the world, as failure injection sets tags — has anything to convert.

const isLocal = (type: string) => type.startsWith('LOCAL_');
const CLOUD_TYPES: readonly DiskType[] = DISK_TYPES.filter((type) => type.startsWith('CLOUD_'));

/** The medium asked for: a cloud disk type; MissingParameter without one. */
function targetType(type: string | undefined, parameter: string): DiskType {
  if (type === undefined) throw new CloudError('MissingParameter', `The request is missing a required parameter \`${parameter}\`.`);
  if (!(CLOUD_TYPES as readonly string[]).includes(type)) {
    throw new CloudError('InvalidParameterValue', `\`${parameter}\` ${type} is not a cloud disk type; local disks convert to one of ${CLOUD_TYPES.join(', ')}.`);
  }
  return type as DiskType;
}

/** CdcId is for instances on dedicated hosts only ("只支持CDHPAID类型实例指定CdcId参数"). */
function refuseCdcId(instance: Instance, cdcId: string | undefined, parameter: string): void {
  if (cdcId !== undefined && instance.InstanceChargeType !== 'CDHPAID') {
    throw new CloudError('InvalidParameterValue', `\`${parameter}\` applies only to CDHPAID instances; \`${instance.InstanceId}\` is ${instance.InstanceChargeType}.`);
  }
}

/**
 * Refuses an instance whose local disks are being copied onto cloud disks (this action under way): "不支持正在本地盘转云盘
 * 的磁盘，请稍后发起请求" (UnsupportedOperation.LocalDiskMigratingToCloudDisk; ResetInstancesType 20138,
 * InquiryPriceResizeInstanceDisks 18288), where other actions answer OperationDenied.InstanceOperationInProgress.
 */
export function refuseWhileDisksMigrate(record: InstanceRecord): void {
  if (record.change && record.instance.LatestOperation === 'ModifyInstanceDiskType') {
    throw new CloudError(
      'UnsupportedOperation.LocalDiskMigratingToCloudDisk',
      `Instance \`${record.instance.InstanceId}\`'s local disks are being moved onto cloud disks; try again when ModifyInstanceDiskType has finished.`,
    );
  }
}

export const modifyInstanceDiskType = handler(cvm.ModifyInstanceDiskType, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  const instance = record.instance;
  if (instance.InstanceChargeType === 'SPOTPAID')
    throw new CloudError('InvalidInstance.NotSupported', `Instance \`${instance.InstanceId}\` is a spot instance; its disks cannot change medium.`);
  requireActionState([record], 'ModifyInstanceDiskType');
  if (instance.StopChargingMode === 'STOP_CHARGING') {
    throw new CloudError(
      'UnsupportedOperation.StoppedModeStopCharging',
      `Instance \`${instance.InstanceId}\` is stopped without charging; its disks are released until it starts.`,
    );
  }
  requireIdle([record], { ctx, action: 'ModifyInstanceDiskType', params });

  const requestedData = params.DataDisks?.[0];
  if (!params.SystemDisk && !requestedData) throw new CloudError('MissingParameter', 'The request is missing a required parameter: `SystemDisk` or `DataDisks`.');
  const localSystem = isLocal(instance.SystemDisk.DiskType);
  const localData = instance.DataDisks.filter((disk) => isLocal(disk.DiskType));
  if (!localSystem && !localData.length) {
    throw new CloudError('InvalidParameter.InvalidInstanceNotSupported', `Instance \`${instance.InstanceId}\` has no local disks; only local disks change medium.`);
  }

  let systemType: DiskType | undefined;
  if (params.SystemDisk) {
    systemType = targetType(params.SystemDisk.DiskType, 'SystemDisk.DiskType');
    refuseCdcId(instance, params.SystemDisk.CdcId, 'SystemDisk.CdcId');
    if (!localSystem) throw new CloudError('InvalidParameterValue', `The system disk of \`${instance.InstanceId}\` is already ${instance.SystemDisk.DiskType}, a cloud disk.`);
    if (instance.SystemDisk.DiskSize > SYSTEM_DISK_LIMITS.max) {
      throw new CloudError(
        'InvalidParameterValue.LocalDiskSizeRange',
        `The ${instance.SystemDisk.DiskSize} GB local system disk is larger than a cloud system disk (${SYSTEM_DISK_LIMITS.max} GB).`,
      );
    }
  }

  let dataDisk: DataDisk | undefined;
  let dataType: DiskType | undefined;
  if (requestedData) {
    dataType = targetType(requestedData.DiskType, 'DataDisks.0.DiskType');
    refuseCdcId(instance, requestedData.CdcId, 'DataDisks.0.CdcId');
    // The disk named by DiskId, or the instance's (first) local data disk.
    dataDisk = requestedData.DiskId === undefined ? localData[0] : instance.DataDisks.find((disk) => disk.DiskId === requestedData.DiskId);
    if (!dataDisk) {
      throw new CloudError(
        'InvalidParameterValue',
        requestedData.DiskId === undefined
          ? `Instance \`${instance.InstanceId}\` has no local data disk.`
          : `\`${requestedData.DiskId}\` is not a data disk of \`${instance.InstanceId}\`.`,
      );
    }
    if (!isLocal(dataDisk.DiskType)) throw new CloudError('InvalidParameterValue', `The data disk \`${dataDisk.DiskId}\` is already ${dataDisk.DiskType}, a cloud disk.`);
    const limits = DATA_DISK_LIMITS[dataType]!;
    if (dataDisk.DiskSize < limits.min || dataDisk.DiskSize > limits.max) {
      throw new CloudError(
        'InvalidParameterValue.LocalDiskSizeRange',
        `The ${dataDisk.DiskSize} GB local data disk does not fit a ${dataType} disk (${limits.min}–${limits.max} GB).`,
      );
    }
  }
  // "不支持单独针对本地系统盘或本地数据盘修改介质类型": both kinds local, both change together.
  if (localSystem && localData.length && (!systemType || !dataType)) {
    throw new CloudError(
      'InvalidParameter',
      `Instance \`${instance.InstanceId}\` has a local system disk and local data disks: convert the system disk and a data disk in one call.`,
    );
  }

  const dataDiskId = dataDisk?.DiskId;
  startChange(ctx, record, {
    action: 'ModifyInstanceDiskType',
    transition: CVM_TRANSITIONS.diskTypeChange,
    apply: (changed) => {
      if (systemType) changed.SystemDisk = { ...changed.SystemDisk, DiskType: systemType };
      if (dataType) changed.DataDisks = changed.DataDisks.map((disk) => (disk.DiskId === dataDiskId ? { ...disk, DiskType: dataType } : disk));
    },
  });
  return {};
});
