import { tag } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import type { World } from '../../state/world.ts';
import { handler } from '../action-handler.ts';

// DescribeTagKeys and DescribeTagValues: the tags on the account's resources, every region at once (the tag service is
// global). The emulated resources that carry tags are the CVM instances; keys and values are listed in code-point
// order, as each appears once, and paged with Offset and Limit (default 15, as the tag service's pages say). The pages
// say Offset "must be an integral multiple of Limit": other offsets are refused with the tag service's code for a bad
// offset (InvalidParameterValue.OffsetInvalid, which its SDK lists for the paged tag reads). Every tag of the emulated
// account is a custom one (Category Custom): asking for system tags only (Category System) lists none.

const DEFAULT_LIMIT = 15;

/** Every tag in the account: key → the set of its values. Read afresh (tags change with the instances). */
function tagsOf(world: World, category: 'Custom' | 'System' | 'All' = 'All'): Map<string, Set<string>> {
  const tags = new Map<string, Set<string>>();
  if (category === 'System') return tags;
  for (const region of world.regions.values()) {
    for (const record of region.instances.values()) {
      for (const { Key, Value } of record.instance.Tags) {
        let values = tags.get(Key);
        if (!values) tags.set(Key, (values = new Set()));
        values.add(Value);
      }
    }
  }
  return tags;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function page<T>(all: T[], offset: number | undefined, limit: number | undefined) {
  const Offset = offset ?? 0;
  const Limit = limit ?? DEFAULT_LIMIT;
  if (Offset % Limit !== 0) {
    throw new CloudError('InvalidParameterValue.OffsetInvalid', `Offset (${Offset}) must be an integral multiple of Limit (${Limit}).`);
  }
  return { TotalCount: all.length, Offset, Limit, Tags: all.slice(Offset, Offset + Limit) };
}

export const describeTagKeys = handler(tag.DescribeTagKeys, (ctx, params) => page([...tagsOf(ctx.world, params.Category).keys()].sort(byCodePoint), params.Offset, params.Limit));

export const describeTagValues = handler(tag.DescribeTagValues, (ctx, params) => {
  const tags = tagsOf(ctx.world, params.Category);
  const pairs = [...new Set(params.TagKeys)].flatMap((key) =>
    [...(tags.get(key) ?? [])].sort(byCodePoint).map((value) => ({ TagKey: key, TagValue: value, Category: 'Custom' as const })),
  );
  return page(pairs, params.Offset, params.Limit);
});
