import { batch } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../filters.ts';
import type { ComputeEnvRecord } from './compute-envs.ts';
import { computeEnvDetail, computeEnvView } from './compute-env-view.ts';
import { assertEnvId, currentComputeEnvs, findComputeEnv } from './env-lookup.ts';

// DescribeComputeEnvs (newest first, Offset/Limit 20 by default, the Batch API's filters; EnvIds and Filters together
// answer InvalidParameter.InvalidParameterCombination) and DescribeComputeEnv (one environment with its nodes).

const RESOURCE_TYPES = ['CVM', 'CPM'];

function filters(region: string): Record<string, FilterDefinition<ComputeEnvRecord>> {
  return {
    zone: {
      match: (env, values) => values.includes(env.zone),
      validate: (value) => {
        if (!value.startsWith(`${region}-`)) throw new CloudError('InvalidZone.MismatchRegion', `The zone \`${value}\` is not in ${region}.`);
      },
    },
    'env-id': { match: (env, values) => values.includes(env.EnvId), validate: (value, name) => assertEnvId(value, `Filters.${name}`) },
    'env-name': { match: (env, values) => values.includes(env.EnvName) },
    'resource-type': {
      match: (env, values) => values.includes(env.resourceType),
      validate: (value) => {
        if (!RESOURCE_TYPES.includes(value))
          throw new CloudError('InvalidParameterValue.ResourceType', `The resource type \`${value}\` is not one of ${RESOURCE_TYPES.join(', ')}.`);
      },
    },
    'tag-key': { match: (env, values) => env.tags.some((t) => values.includes(t.Key)) },
    'tag-value': { match: (env, values) => env.tags.some((t) => values.includes(t.Value)) },
    'tag:': { match: (env, values, name) => env.tags.some((t) => t.Key === name.slice(4) && values.includes(t.Value)) },
  };
}

export const describeComputeEnvs = handler(batch.DescribeComputeEnvs, (ctx, params) => {
  const ids = params.EnvIds;
  if (ids?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter.InvalidParameterCombination', 'The parameters `EnvIds` and `Filters` cannot be specified at the same time.');
  }
  ids?.forEach((id, index) => assertEnvId(id, `EnvIds.${index}`));
  const matches = compileFilters(params.Filters, filters(ctx.region.seed.region));
  const envs = currentComputeEnvs(ctx.world, ctx.region)
    .filter((env) => (ids?.length ? ids.includes(env.EnvId) : matches(env)))
    .sort((a, b) => b.createdAt - a.createdAt || (a.EnvId < b.EnvId ? -1 : 1));
  return {
    ComputeEnvSet: paginate(envs, params.Offset, params.Limit).map((env) => computeEnvView(env, ctx.region)),
    TotalCount: envs.length,
  };
});

export const describeComputeEnv = handler(batch.DescribeComputeEnv, (ctx, params) => {
  const env = findComputeEnv(ctx.world, ctx.region, params.EnvId);
  return computeEnvDetail(env, ctx.region);
});
