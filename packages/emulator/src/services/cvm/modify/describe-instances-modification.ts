import { cvm, type InstanceTypeConfig } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { batchTargets } from '../instance-state-errors.ts';
import { changeVerdict } from './type-change-rules.ts';

// DescribeInstancesModification: the types the instances (≤ 20, one zone) may change to, each SELL or UNAVAILABLE with
// the reason. A type is SELL only when every named instance may move to it. Filter: status (SELL | UNAVAILABLE).

export const describeInstancesModification = handler(cvm.DescribeInstancesModification, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const zones = new Set(records.map((r) => r.instance.Placement.Zone));
  if (zones.size > 1) throw new CloudError('FailedOperation.ZoneInconsistent', `The instances are in different zones (${[...zones].join(', ')}); ask for one zone at a time.`);
  let statuses: string[] | undefined;
  for (const filter of params.Filters ?? []) {
    if (filter.Name !== 'status') throw new CloudError('InvalidFilter', `The filter \`${filter.Name}\` is not supported. Supported filters: status.`);
    const wrong = filter.Values.find((v) => v !== 'SELL' && v !== 'UNAVAILABLE');
    if (wrong) throw new CloudError('InvalidParameterValue', `The value \`${wrong}\` of filter \`status\` must be SELL or UNAVAILABLE.`);
    statuses = filter.Values;
  }
  const zone = [...zones][0]!;
  const candidates = ctx.region.zoneTypes.get(zone) ?? [];
  const set = candidates
    .filter((type) => records.every((r) => r.instance.InstanceType !== type.InstanceType))
    .map((type) => {
      const verdicts = records.map((r) => changeVerdict(ctx.region, r.instance, type.InstanceType));
      const refusal = verdicts.find((v) => v.status === 'UNAVAILABLE');
      const config: InstanceTypeConfig = {
        Zone: zone,
        InstanceType: type.InstanceType,
        InstanceFamily: type.InstanceFamily,
        GPU: type.GPU,
        CPU: type.CPU,
        Memory: type.Memory,
        FPGA: type.FPGA,
        GpuCount: type.GpuCount,
        GpuType: type.GpuType,
        GpuMemory: type.GpuMemory,
      };
      return {
        Status: refusal ? ('UNAVAILABLE' as const) : ('SELL' as const),
        Message: refusal && refusal.status === 'UNAVAILABLE' ? refusal.message : '',
        InstanceTypeConfig: config,
      };
    })
    .filter((item) => !statuses || statuses.includes(item.Status));
  return { TotalCount: set.length, InstanceTypeConfigStatusSet: set };
});
