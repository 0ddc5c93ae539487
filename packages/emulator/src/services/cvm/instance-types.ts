import { cvm } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { compileFilters, type FilterDefinition } from '../filters.ts';
import { INSTANCE_TYPE } from './id-formats.ts';

// DescribeInstanceTypeConfigs (11269): one entry per (zone, type); filters zone, instance-family, instance-type.

type Item = { Zone: string; InstanceType: string; InstanceFamily: string };

export const describeInstanceTypeConfigs = handler(cvm.DescribeInstanceTypeConfigs, (ctx, params) => {
  const zones = ctx.region.seed.zones.map((z) => z.zone);
  const definitions: Record<string, FilterDefinition<Item>> = {
    zone: {
      match: (item, values) => values.includes(item.Zone),
      validate: (value) => {
        if (!zones.includes(value)) {
          throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${value}\` does not belong to the region \`${ctx.region.seed.region}\`.`);
        }
      },
    },
    'instance-family': { match: (item, values) => values.includes(item.InstanceFamily) },
    'instance-type': {
      match: (item, values) => values.includes(item.InstanceType),
      validate: (value) => {
        if (!INSTANCE_TYPE.test(value)) throw new CloudError('InvalidInstanceType.Malformed', `The instance type \`${value}\` is malformed.`);
      },
    },
  };
  const matches = compileFilters(params.Filters, definitions);
  const configs = [...ctx.region.zoneTypes.entries()].flatMap(([zone, types]) =>
    types.map((type) => ({
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
    })),
  );
  return { InstanceTypeConfigSet: configs.filter(matches) };
});
