import { hai, type HaiInstance } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../filters.ts';
import { findBundle } from './bundles.ts';
import { haiRegion, listHaiInstances, type HaiRecord } from './hai-region.ts';
import { assertInstanceId, assertNoDuplicates } from './ids.ts';

// DescribeInstances: newest first, InstanceIds or Filters (not both: InvalidParameter.AtMostOne),
// Offset/Limit paging (default 20). Every instance is pay-as-you-go by the hour: RunInstances takes no charge type.

const exact =
  (read: (instance: HaiInstance) => string[]): FilterDefinition<HaiRecord>['match'] =>
  (record, values) =>
    read(record.instance).some((value) => values.includes(value));

const FILTERS: Record<string, FilterDefinition<HaiRecord>> = {
  'instance-id': { match: exact((i) => [i.InstanceId]), validate: (value, name) => assertInstanceId(value, `Filters.${name}`) },
  'instance-state': { match: exact((i) => [i.InstanceState]) },
  'charge-type': { match: (_record, values) => values.includes('POSTPAID_BY_HOUR') },
  'public-ip-address': { match: exact((i) => i.PublicIpAddresses) },
};

/** The instance as the caller reads it: the bundle named in the caller's language. */
export function presentInstance(record: HaiRecord, language: 'zh-CN' | 'en-US'): HaiInstance {
  const bundle = findBundle(record.bundleType)!;
  return { ...record.instance, BundleName: language === 'zh-CN' ? bundle.nameZh : bundle.nameEn };
}

export const describeHaiInstances = handler(hai.DescribeInstances, (ctx, params) => {
  if (params.InstanceIds?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter.AtMostOne', '`InstanceIds` and `Filters` cannot be given together.');
  }
  for (const id of params.InstanceIds ?? []) assertInstanceId(id, 'InstanceIds');
  assertNoDuplicates(params.InstanceIds ?? [], 'InstanceIds');
  const matches = compileFilters(params.Filters, FILTERS, 'InvalidParameterValue');
  const wanted = params.InstanceIds?.length ? new Set(params.InstanceIds) : undefined;
  const records = listHaiInstances(ctx.world, haiRegion(ctx.world, ctx.region.seed.region)).filter(
    (record) => (!wanted || wanted.has(record.instance.InstanceId)) && matches(record),
  );
  return {
    TotalCount: records.length,
    InstanceSet: paginate(records, params.Offset, params.Limit).map((record) => presentInstance(record, ctx.language)),
  };
});
