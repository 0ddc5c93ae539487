import { cvm } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { compileFilters, paginate } from '../filters.ts';
import { INSTANCE_FILTERS } from './instance-filters.ts';
import { assertInstanceId } from './id-formats.ts';

// DescribeInstances (9866) and DescribeInstancesStatus (20354). Both list newest first.

export const describeInstances = handler(cvm.DescribeInstances, (ctx, params) => {
  if (params.InstanceIds?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter', 'The parameters `InstanceIds` and `Filters` cannot be specified at the same time.');
  }
  params.InstanceIds?.forEach((id) => assertInstanceId(id));
  const records = ctx.world.listInstances(ctx.region);
  const wanted = params.InstanceIds?.length ? new Set(params.InstanceIds) : undefined;
  const all = wanted
    ? records.filter((record) => wanted.has(record.instance.InstanceId))
    : params.Filters?.length
      ? records.filter(compileFilters(params.Filters, INSTANCE_FILTERS))
      : records;
  return {
    TotalCount: all.length,
    InstanceSet: paginate(all, params.Offset, params.Limit).map((record) => record.instance),
  };
});

export const describeInstancesStatus = handler(cvm.DescribeInstancesStatus, (ctx, params) => {
  params.InstanceIds?.forEach((id) => assertInstanceId(id));
  const wanted = params.InstanceIds?.length ? new Set(params.InstanceIds) : undefined;
  const records = ctx.world.listInstances(ctx.region);
  const all = wanted ? records.filter((record) => wanted.has(record.instance.InstanceId)) : records;
  return {
    TotalCount: all.length,
    InstanceStatusSet: paginate(all, params.Offset, params.Limit).map(({ instance }) => ({
      InstanceId: instance.InstanceId,
      InstanceState: instance.InstanceState,
    })),
  };
});
