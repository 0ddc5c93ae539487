import { cvm, type KeyPair } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../../filters.ts';
import { tagFilters } from '../resource-tags.ts';
import { describedKeyPair, KEY_ID, keyBindings } from './key-pair-lookup.ts';

// DescribeKeyPairs: KeyIds or Filters (project-id, key-name, tag-key, tag-value, tag:<key>), paged. Private keys are
// never kept, so never returned; AssociatedInstanceIds are the instances that log in with the key now.

const KEY_FILTERS: Record<string, FilterDefinition<KeyPair>> = {
  'project-id': { match: (key, values) => values.includes(String(key.ProjectId)) },
  'key-name': { match: (key, values) => values.some((v) => key.KeyName.toLowerCase().includes(v.toLowerCase())) },
  ...tagFilters((key: KeyPair) => key.Tags),
};

export const describeKeyPairs = handler(cvm.DescribeKeyPairs, (ctx, params) => {
  if (params.KeyIds?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter', 'The parameters `KeyIds` and `Filters` cannot be specified at the same time.');
  }
  for (const id of params.KeyIds ?? []) {
    if (!KEY_ID.test(id)) throw new CloudError('InvalidKeyPairId.Malformed', `The key pair ID \`${id}\` in \`KeyIds\` is malformed.`);
  }
  const wanted = params.KeyIds?.length ? new Set(params.KeyIds) : undefined;
  const matches = compileFilters(params.Filters, KEY_FILTERS);
  const keys = ctx.region.network.keyPairs.filter((key) => (wanted ? wanted.has(key.KeyId) : matches(key)));
  const bindings = keyBindings(ctx.world, ctx.region);
  return { TotalCount: keys.length, KeyPairSet: paginate(keys, params.Offset, params.Limit).map((key) => describedKeyPair(key, bindings)) };
});
