import type { Tag } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { FilterDefinition } from '../../filters.ts';

// Tags given at creation (TagSpecification, of the resource type the action names: "ps" for a placement group, as
// CreateDisasterRecoverGroup's example says, 24392; "host" for a dedicated host, AllocateHosts' 21400), and the tag
// filters the list actions share (tag-key, tag-value, tag:<key>).

type TagSpecification = { ResourceType: string; Tags: Tag[] }[] | undefined;

export function creationTags(specification: TagSpecification, resourceType: string): Tag[] {
  const tags: Tag[] = [];
  for (const [index, spec] of (specification ?? []).entries()) {
    if (spec.ResourceType !== resourceType) {
      throw new CloudError('InvalidParameterValue', `\`TagSpecification.${index}.ResourceType\` is \`${spec.ResourceType}\`; this resource takes only \`${resourceType}\`.`);
    }
    for (const tag of spec.Tags) {
      if (!tag.Key || tag.Key.length > 127 || tag.Value.length > 255) {
        throw new CloudError('InvalidParameterValue', `The tag \`${tag.Key}\` is invalid: keys are 1–127 characters, values at most 255.`);
      }
      if (/^(qcloud|tencent|project):/i.test(tag.Key)) throw new CloudError('FailedOperation.TagKeyReserved', `The tag key \`${tag.Key}\` uses a reserved prefix.`);
      if (tags.some((t) => t.Key === tag.Key)) throw new CloudError('InvalidParameterValue', `The tag key \`${tag.Key}\` appears twice in \`TagSpecification\`.`);
      tags.push({ Key: tag.Key, Value: tag.Value });
    }
  }
  return tags;
}

/** The tag filters of a list action, over whatever carries `tags`. */
export function tagFilters<T extends { tags: Tag[] }>(): Record<string, FilterDefinition<T>> {
  return {
    'tag-key': { match: (item, values) => item.tags.some((t) => values.includes(t.Key)) },
    'tag-value': { match: (item, values) => item.tags.some((t) => values.includes(t.Value)) },
    'tag:': { match: (item, values, name) => item.tags.some((t) => t.Key === name.slice(4) && values.includes(t.Value)) },
  };
}
