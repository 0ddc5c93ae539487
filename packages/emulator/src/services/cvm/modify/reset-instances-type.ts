import { cvm, type Instance } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld } from '../../../state/world.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler } from '../../action-handler.ts';
import { INSTANCE_TYPE } from '../id-formats.ts';
import { batchTargets } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { requireChangeableState, startChange } from './change-flow.ts';
import { changeQuote, shapeOf } from './change-quote.ts';
import { changeVerdict } from './type-change-rules.ts';
import { refuseWhileDisksMigrate } from '../instance-settings/modify-instance-disk-type.ts';
import { requireRoomForInterfaces } from '../../vpc/eni/eni-limits.ts';

// ResetInstancesType and its quote (one instance per call): the target must be a type DescribeInstancesModification
// offers as SELL, or the call is refused with that type's reason code. The type changes when the operation lands.

/**
 * The system disks an instance may have to change type: "目前只支持系统盘类型是CLOUD_BASIC、CLOUD_PREMIUM、CLOUD_SSD、
 * CLOUD_BSSD类型的实例" (reference 19787, UnsupportedOperation.SystemDiskType 20157). The quote's page names three of
 * them (13539, no CLOUD_BASIC); the quote follows the change, so a quote never refuses a change that would go through.
 */
const TYPE_CHANGE_SYSTEM_DISKS: readonly string[] = ['CLOUD_BASIC', 'CLOUD_PREMIUM', 'CLOUD_SSD', 'CLOUD_BSSD'];

function requireChangeableSystemDisk({ instance }: InstanceRecord): void {
  const type = instance.SystemDisk.DiskType;
  if (!TYPE_CHANGE_SYSTEM_DISKS.includes(type)) {
    throw new CloudError(
      'UnsupportedOperation.SystemDiskType',
      `Instance \`${instance.InstanceId}\` has a ${type} system disk; only instances whose system disk is ${TYPE_CHANGE_SYSTEM_DISKS.join(', ')} can change type.`,
    );
  }
}

function target(region: RegionWorld, record: InstanceRecord, instanceType: string) {
  if (!INSTANCE_TYPE.test(instanceType)) throw new CloudError('InvalidInstanceType.Malformed', `The instance type \`${instanceType}\` is malformed.`);
  const verdict = changeVerdict(region, record.instance, instanceType);
  if (verdict.status === 'UNAVAILABLE') throw new CloudError(verdict.code, verdict.message);
  // The interfaces stay bound through the change: the new type must take them all (LimitExceeded.EniNumLimit).
  requireRoomForInterfaces(region, record.instance, verdict.type);
  return verdict.type;
}

export const inquiryPriceResetInstancesType = handler(cvm.InquiryPriceResetInstancesType, (ctx, params) => {
  const [record] = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  requireChangeableSystemDisk(record!);
  const type = target(ctx.region, record!, params.InstanceType);
  const shape = { ...shapeOf(record!.instance), type };
  return { Price: changeQuote(ctx.region.seed.region, record!.instance, shape, ctx.world.clock.now()) };
});

export const resetInstancesType = handler(cvm.ResetInstancesType, (ctx, params) => {
  const [record] = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  requireChangeableState(record!, { action: 'ResetInstancesType', forceStop: params.ForceStop });
  refuseWhileDisksMigrate(record!);
  requireIdle([record!]);
  requireChangeableSystemDisk(record!);
  const type = target(ctx.region, record!, params.InstanceType);
  startChange(ctx, record!, {
    action: 'ResetInstancesType',
    transition: CVM_TRANSITIONS.resize,
    forceStop: params.ForceStop,
    apply: (instance: Instance) => {
      Object.assign(instance, { InstanceType: type.InstanceType, CPU: type.CPU, Memory: type.Memory } satisfies Partial<Instance>);
    },
  });
  return {};
});
