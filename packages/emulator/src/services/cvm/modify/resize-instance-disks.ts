import { DATA_DISK_LIMITS, DATA_DISK_STEP, SYSTEM_DISK_LIMITS, cvm, type DataDisk, type Instance, type ParamsOutput } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { InstanceRecord } from '../../../state/instance-record.ts';
import { handler } from '../../action-handler.ts';
import { singleTarget } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { refuseWhileDisksMigrate } from '../instance-settings/modify-instance-disk-type.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { requireChangeableState, startChange } from './change-flow.ts';
import { changeQuote, shapeOf } from './change-quote.ts';

// ResizeInstanceDisks and its quote: grow one disk per call, the system disk or one data disk (named by DiskId when the
// instance has several), in steps of 10 GB up to the type's limit; never shrink. A running instance needs ForceStop or
// ResizeOnline.

type ResizeParams = ParamsOutput<typeof cvm.ResizeInstanceDisks>;

interface DiskChange {
  describe: string;
  apply: (instance: Instance) => void;
  shape: ReturnType<typeof shapeOf>;
}

function planResize(record: InstanceRecord, params: ResizeParams): DiskChange {
  const instance = record.instance;
  const dataDisk = params.DataDisks?.[0];
  if (!dataDisk && !params.SystemDisk) throw new CloudError('MissingParameter.AtLeastOne', 'Give the new size in `DataDisks` or in `SystemDisk`.');
  if (dataDisk && params.SystemDisk) throw new CloudError('InvalidParameterCombination', '`DataDisks` and `SystemDisk` cannot be resized in one call; resize one disk at a time.');
  const shape = shapeOf(instance);
  if (params.SystemDisk) {
    const size = params.SystemDisk.DiskSize;
    const current = instance.SystemDisk.DiskSize;
    if (size <= current) throw new CloudError('InvalidParameterValue', `\`SystemDisk.DiskSize\` ${size} GB must be larger than the current ${current} GB: disks only grow.`);
    if (size > SYSTEM_DISK_LIMITS.max)
      throw new CloudError('InvalidParameterValue', `\`SystemDisk.DiskSize\` ${size} GB is above the ${SYSTEM_DISK_LIMITS.max} GB limit for system disks.`);
    shape.disks[0] = { ...shape.disks[0]!, size };
    return {
      describe: 'system disk',
      shape,
      apply: (i) => {
        i.SystemDisk.DiskSize = size;
      },
    };
  }
  const disks = instance.DataDisks;
  if (!disks.length) throw new CloudError('UnsupportedOperation.InvalidDataDisk', `Instance \`${instance.InstanceId}\` has no data disk to resize.`);
  let index = 0;
  if (dataDisk!.DiskId !== undefined) {
    index = disks.findIndex((d) => d.DiskId === dataDisk!.DiskId);
    if (index < 0) throw new CloudError('InvalidParameterValue', `\`DataDisks.0.DiskId\` \`${dataDisk!.DiskId}\` is not a data disk of \`${instance.InstanceId}\`.`);
  } else if (disks.length > 1) {
    throw new CloudError('MissingParameter', 'The request is missing `DataDisks.0.DiskId`: the instance has several data disks; name the one to grow.');
  }
  const disk: DataDisk = disks[index]!;
  const size = dataDisk!.DiskSize;
  const max = DATA_DISK_LIMITS[disk.DiskType]?.max ?? 32000;
  if (size <= disk.DiskSize)
    throw new CloudError('InvalidParameterValue', `\`DataDisks.0.DiskSize\` ${size} GB must be larger than the current ${disk.DiskSize} GB: disks only grow.`);
  if (size % DATA_DISK_STEP !== 0 || size > max) {
    throw new CloudError('InvalidParameterValue', `\`DataDisks.0.DiskSize\` ${size} GB is invalid: ${disk.DiskType} disks grow in steps of ${DATA_DISK_STEP} GB up to ${max} GB.`);
  }
  shape.disks[index + 1] = { ...shape.disks[index + 1]!, size };
  const diskId = disk.DiskId;
  return {
    describe: diskId,
    shape,
    apply: (i) => {
      const d = i.DataDisks.find((x) => x.DiskId === diskId);
      if (d) d.DiskSize = size;
    },
  };
}

export const inquiryPriceResizeInstanceDisks = handler(cvm.InquiryPriceResizeInstanceDisks, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  refuseWhileDisksMigrate(record);
  const plan = planResize(record, params);
  return { Price: changeQuote(ctx.region.seed.region, record.instance, plan.shape, ctx.world.clock.now()) };
});

export const resizeInstanceDisks = handler(cvm.ResizeInstanceDisks, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  requireChangeableState(record, { action: 'ResizeInstanceDisks', forceStop: params.ForceStop, online: params.ResizeOnline });
  requireIdle([record]);
  const plan = planResize(record, params);
  startChange(ctx, record, {
    action: 'ResizeInstanceDisks',
    transition: CVM_TRANSITIONS.diskResize,
    forceStop: params.ForceStop,
    online: params.ResizeOnline && !params.ForceStop,
    apply: plan.apply,
  });
  return {};
});
