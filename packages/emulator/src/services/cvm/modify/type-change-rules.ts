import type { Instance } from '@cvm/shared';
import type { RegionWorld } from '../../../state/world.ts';
import type { SeedInstanceType } from '../../../seed/instance-types.ts';
import { zoneOfferings } from '../purchase/zone-offerings.ts';

// Which types an instance may change to (DescribeInstancesModification; ResetInstancesType's refusals):
// - only types its zone sells, and in stock (ResourcesSoldOut.SpecifiedInstanceType);
// - GPU instances change only within their family, and others cannot become GPU instances
//   (InvalidParameterValue.GPUInstanceFamily);
// - families with local NVMe disks (IT5) neither change family nor are changed to
//   (UnsupportedOperation.LocalDataDiskChangeInstanceFamily);
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
  if ((gpuFrom || type.GpuCount > 0) && from !== to) {
    return {
      status: 'UNAVAILABLE',
      type,
      code: 'InvalidParameterValue.GPUInstanceFamily',
      message: `GPU instances change only within their own family; ${from} cannot become ${to}.`,
    };
  }
  if ((LOCAL_DISK_FAMILIES.has(from) || LOCAL_DISK_FAMILIES.has(to)) && from !== to) {
    return {
      status: 'UNAVAILABLE',
      type,
      code: 'UnsupportedOperation.LocalDataDiskChangeInstanceFamily',
      message: `The instance does not support tuning to ${to} instance family: local data disks cannot move.`,
    };
  }
  if (offering.stock === 'WithoutStock') {
    return { status: 'UNAVAILABLE', type, code: 'ResourcesSoldOut.SpecifiedInstanceType', message: `${targetType} is sold out in ${instance.Placement.Zone}.` };
  }
  return { status: 'SELL', type };
}
