import { tag, type Tag } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import type { InstanceRecord } from '../../state/instance-record.ts';
import type { RequestContext } from '../action-handler.ts';
import { handler } from '../action-handler.ts';
import { parseResourceList, type InstanceResource } from './resource-names.ts';
import { checkNoDuplicateKeys, checkTagKey, checkTagValue } from './tag-text.ts';

// TagResources and UnTagResources on the account's CVM instances. What is wrong with the request as a whole — more
// than ten resources or tags (LimitExceeded.ResourceNumPerRequest / TagNumPerRequest), a key or value the service
// refuses (tag-text.ts), a name that is not a description of one of the account's instances (resource-names.ts) — is
// refused before anything changes. What is wrong with one resource leaves the others changed and is answered in
// FailedResources, as the pages say ("partially fails"), with the tag service's codes: an instance the region does not
// have is InvalidParameterValue.ResourceIdInvalid ("资源Id错误"); one that would carry more than 50 tags is
// LimitExceeded.ResourceAttachedTags ("资源关联的标签数超过限制").
//
// An instance's Tags are replaced, never changed in place (the seed shares tag objects between instances), and the
// record is taken with World.findInstances, which marks it touched: the DescribeInstances index files it again under
// its new tag-key and tag:<key> values before the next query (state/instance-index.ts).

type Failed = tag.FailedResource;
/** Why one resource was not changed; the resource's name is added by forEachInstance. */
type Refusal = Omit<Failed, 'Resource'>;

function checkCount(count: number, field: string, code: string): void {
  if (count > tag.TAG_MAX_PER_REQUEST) throw new CloudError(code, `\`${field}\` names ${count} items; one request takes at most ${tag.TAG_MAX_PER_REQUEST}.`);
}

/** Applies `change` to each named instance that exists; the ones that do not, or that `change` refuses, are answered. */
function forEachInstance(ctx: RequestContext, resources: InstanceResource[], change: (record: InstanceRecord) => Refusal | undefined): { FailedResources: Failed[] } {
  const failed: Failed[] = [];
  for (const resource of resources) {
    const record = ctx.world.findInstances(resource.region, [resource.instanceId])[0];
    const refusal: Refusal | undefined = record
      ? change(record)
      : { Code: 'InvalidParameterValue.ResourceIdInvalid', Message: `The instance \`${resource.instanceId}\` does not exist in ${resource.region.seed.region}.` };
    if (refusal) failed.push({ Resource: resource.name, ...refusal });
  }
  return { FailedResources: failed };
}

export const tagResources = handler(tag.TagResources, (ctx, params) => {
  checkCount(params.ResourceList.length, 'ResourceList', 'LimitExceeded.ResourceNumPerRequest');
  checkCount(params.Tags.length, 'Tags', 'LimitExceeded.TagNumPerRequest');
  params.Tags.forEach(({ TagKey, TagValue }, index) => {
    checkTagKey(TagKey, `Tags.${index}.TagKey`);
    checkTagValue(TagValue, `Tags.${index}.TagValue`);
  });
  checkNoDuplicateKeys(
    params.Tags.map((t) => t.TagKey),
    'Tags',
  );
  const resources = parseResourceList(ctx.world, params.ResourceList);
  const added: Tag[] = params.Tags.map(({ TagKey, TagValue }) => ({ Key: TagKey, Value: TagValue }));
  const keys = new Set(added.map((t) => t.Key));
  return forEachInstance(ctx, resources, ({ instance }) => {
    const kept = instance.Tags.filter((t) => !keys.has(t.Key));
    if (kept.length + added.length > tag.TAG_MAX_PER_RESOURCE) {
      return {
        Code: 'LimitExceeded.ResourceAttachedTags',
        Message: `The instance \`${instance.InstanceId}\` would carry ${kept.length + added.length} tags; a resource takes at most ${tag.TAG_MAX_PER_RESOURCE}.`,
      };
    }
    // A key the instance has keeps its place and takes the new value; new keys follow, in the request's order.
    const values = new Map(added.map((t) => [t.Key, t]));
    const replaced = instance.Tags.map((t) => values.get(t.Key) ?? t);
    const known = new Set(instance.Tags.map((t) => t.Key));
    instance.Tags = [...replaced, ...added.filter((t) => !known.has(t.Key))];
    return undefined;
  });
});

export const unTagResources = handler(tag.UnTagResources, (ctx, params) => {
  checkCount(params.ResourceList.length, 'ResourceList', 'LimitExceeded.ResourceNumPerRequest');
  checkCount(params.TagKeys.length, 'TagKeys', 'LimitExceeded.TagNumPerRequest');
  params.TagKeys.forEach((key, index) => checkTagKey(key, `TagKeys.${index}`));
  checkNoDuplicateKeys(params.TagKeys, 'TagKeys');
  const resources = parseResourceList(ctx.world, params.ResourceList);
  const keys = new Set(params.TagKeys);
  return forEachInstance(ctx, resources, ({ instance }) => {
    if (instance.Tags.some((t) => keys.has(t.Key))) instance.Tags = instance.Tags.filter((t) => !keys.has(t.Key));
    return undefined;
  });
});
