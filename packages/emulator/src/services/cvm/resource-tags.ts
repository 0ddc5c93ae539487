import { tagTextProblem, type Tag } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import type { FilterDefinition } from '../filters.ts';

// The tags a CVM resource is given as it is made (TagSpecification, LaunchTemplateTagSpecification) and the tag filters
// its list action takes (tag-key, tag-value, tag:<key>): one copy for images, launch templates, placement groups,
// dedicated hosts, HPC clusters and key pairs. RunInstances' instance tags answer codes of their own
// (purchase/login-and-labels.ts `resolveTags`).

type TagSpecification = readonly { ResourceType: string; Tags: readonly Tag[] }[] | undefined;

export interface CreationTagRules {
  /** The one ResourceType the resource takes ("image", "ps", "host", "hpc", "keypair"); undefined takes any. */
  resourceType?: string;
  /** The resource in the refusal's words ("an image"). */
  noun: string;
  /** The parameter's name in the refusal's words. */
  parameter?: string;
  /**
   * The code for a reserved key (qcloud, tencent, project…): FailedOperation.TagKeyReserved where the action documents
   * it (CreateKeyPair, ImportKeyPair, CreateLaunchTemplate), else the common InvalidParameterValue.
   */
  reservedKeyCode?: 'FailedOperation.TagKeyReserved' | 'InvalidParameterValue';
  /** The most tags the resource carries, refused with InvalidParameterValue.TagQuotaLimitExceeded (CreateImage's). */
  most?: number;
}

/**
 * The tags a new resource gets, checked whole before anything is made: the tag service's rule for a key and a value
 * (`tagTextProblem`, the one the console checks as it is typed), each key once.
 */
export function creationTags(specification: TagSpecification, rules: CreationTagRules): Tag[] {
  const parameter = rules.parameter ?? 'TagSpecification';
  const tags: Tag[] = [];
  for (const [index, spec] of (specification ?? []).entries()) {
    if (rules.resourceType !== undefined && spec.ResourceType !== rules.resourceType) {
      throw new CloudError('InvalidParameterValue', `\`${parameter}.${index}.ResourceType\` is \`${spec.ResourceType}\`; ${rules.noun} takes only \`${rules.resourceType}\`.`);
    }
    for (const tag of spec.Tags) {
      const keyProblem = tagTextProblem(tag.Key, 'Key');
      if (keyProblem === 'Reserved') {
        throw new CloudError(rules.reservedKeyCode ?? 'InvalidParameterValue', `The tag key \`${tag.Key}\` uses a reserved prefix.`);
      }
      if (keyProblem || tagTextProblem(tag.Value, 'Value')) {
        throw new CloudError(
          'InvalidParameterValue',
          `The tag \`${tag.Key}\`=\`${tag.Value}\` is not a valid tag: keys 1–127 characters, values 1–255, of letters, digits, spaces inside and + - = . _ : / @ ( ) [ ] , ; > <.`,
        );
      }
      if (tags.some((t) => t.Key === tag.Key)) throw new CloudError('InvalidParameterValue', `The tag key \`${tag.Key}\` appears twice in \`${parameter}\`.`);
      tags.push({ Key: tag.Key, Value: tag.Value });
    }
  }
  if (rules.most !== undefined && tags.length > rules.most) {
    throw new CloudError('InvalidParameterValue.TagQuotaLimitExceeded', `${capitalized(rules.noun)} carries at most ${rules.most} tags; ${tags.length} were given.`);
  }
  return tags;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The tag filters of a list action, over the tags `tagsOf` reads from each item. */
export function tagFilters<T>(tagsOf: (item: T) => readonly Tag[]): Record<string, FilterDefinition<T>> {
  return {
    'tag-key': { match: (item, values) => tagsOf(item).some((t) => values.includes(t.Key)) },
    'tag-value': { match: (item, values) => tagsOf(item).some((t) => values.includes(t.Value)) },
    'tag:': { match: (item, values, name) => tagsOf(item).some((t) => t.Key === name.slice(4) && values.includes(t.Value)) },
  };
}
