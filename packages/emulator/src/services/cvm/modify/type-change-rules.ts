import type { Instance } from '@cvm/shared';
import type { RegionWorld } from '../../../state/world.ts';
import type { SeedInstanceType } from '../../../seed/instance-types.ts';
import { zoneOfferings } from '../purchase/zone-offerings.ts';

// Which types an instance may change to (DescribeInstancesModification; ResetInstancesType's refusals):
// - only types its zone sells, and in stock (ResourcesSoldOut.SpecifiedInstanceType);
// - GPU instances change only within their family ("不支持转为非GPU或其他类型GPU实例",
//   InvalidParameterValue.InvalidGPUFamilyChange, reference 20038), and others cannot become GPU instances
//   ("非GPU实例不允许转为GPU实例", InvalidParameterValue.GPUInstanceFamily);
// - families with local NVMe disks (IT5) do not change family ("机型数据盘全为本地盘不支持跨机型调整",
//   UnsupportedOperation.LocalDataDiskChangeInstanceFamily) and are not changed to from another family ("指定机型不支持跨
//   机型调整配置": the specified type takes no instance of another family, UnsupportedOperation.UnsupportedChangeInstanceFamily,
//   reference 20161, also DescribeInstancesModification's 17338);
// - an instance stopped without charging changes only to another family ("不支持关机不收费机器做同类型变配操作",
//   UnsupportedOperation.StoppedModeStopChargingSameFamily, reference 20155);
// - everything else moves freely between the x86 families (Intel and AMD alike).

const LOCAL_DISK_FAMILIES = new Set(['IT5']);

export type ChangeVerdict = { status: 'SELL'; type: SeedInstanceType } | { status: 'UNAVAILABLE'; type?: SeedInstanceType; code: string; message: string };

export function changeVerdict(region: RegionWorld, instance: Instance, targetType: string): ChangeVerdict {
  const offering = zoneOfferings(region, instance.Placement.Zone).find((o) => o.type.InstanceType === targetType);
  if (!offering) {
    return { status: 'UNAVAILABLE', code: 'ResourceUnavailable.InstanceType', message: `The zone ${instance.Placement.Zone} does not sell ${targetType}.` };
  }
  const type = offering.type;
  const from = instance.InstanceType.split('.')[0]!;
  const to = type.InstanceFamily;
  if (targetType === instance.InstanceType) {
    return { status: 'UNAVAILABLE', type, code: 'InvalidParameterValue', message: `The instance is already ${targetType}.` };
  }
  const gpuFrom = (instance.GPUInfo?.GPUCount ?? 0) > 0;
  if (gpuFrom && from !== to) {
    return {
      status: 'UNAVAILABLE',
      type,
      code: 'InvalidParameterValue.InvalidGPUFamilyChange',
      message: `GPU instances change only within their own family; ${from} cannot become ${targetType}.`,
    };
  }
  if (type.GpuCount > 0 && from !== to) {
    return { status: 'UNAVAILABLE', type, code: 'InvalidParameterValue.GPUInstanceFamily', message: `A ${from} instance cannot become a GPU instance (${targetType}).` };
  }
  if (LOCAL_DISK_FAMILIES.has(from) && from !== to) {
    return {
      status: 'UNAVAILABLE',
      type,
      code: 'UnsupportedOperation.LocalDataDiskChangeInstanceFamily',
      message: `The instance does not support tuning to ${to} instance family: local data disks cannot move.`,
    };
  }
  if (LOCAL_DISK_FAMILIES.has(to) && from !== to) {
    return {
      status: 'UNAVAILABLE',
      type,
      code: 'UnsupportedOperation.UnsupportedChangeInstanceFamily',
      message: `${to} takes no instance of another family: its local data disks come with the type.`,
    };
  }
  if (instance.StopChargingMode === 'STOP_CHARGING' && from === to) {
    return {
      status: 'UNAVAILABLE',
      type,
      code: 'UnsupportedOperation.StoppedModeStopChargingSameFamily',
      message: `The instance is stopped without charging: it changes only to another family than ${from}.`,
    };
  }
  if (offering.stock === 'WithoutStock') {
    return { status: 'UNAVAILABLE', type, code: 'ResourcesSoldOut.SpecifiedInstanceType', message: `${targetType} is sold out in ${instance.Placement.Zone}.` };
  }
  return { status: 'SELL', type };
}
