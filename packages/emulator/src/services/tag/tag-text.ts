import { RESERVED_TAG_KEY_PREFIXES, tag, tagTextProblem, type TagTextProblem } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';

// The service's refusals of a key or value (codes from its Go SDK's client.go and errors.go), by the rule @cvm/shared
// keeps (rules/tag-rules.ts) so the console checks the same; and a key twice in one request:
// InvalidParameterValue.TagKeyDuplicate.

const WHY: Record<Exclude<TagTextProblem, 'Reserved'>, (max: number, length: number) => string> = {
  Empty: () => 'must not be empty',
  LengthExceeded: (max, length) => `is ${length} characters; at most ${max} are allowed`,
  CharacterIllegal: () => 'may hold letters, digits, inner spaces and + - = . _ : / @ ( ) [ ] , ; > < （ ） 【 】 ： only',
};

/** Refuses a key the service would refuse; `field` is the parameter it came in (`Tags.0.TagKey`, `TagKeys.1`). */
export function checkTagKey(key: string, field: string): void {
  const found = tagTextProblem(key, 'Key');
  if (found === 'Reserved') {
    throw new CloudError('InvalidParameter.ReservedTagKey', `The parameter \`${field}\` (\`${key}\`) starts with a reserved prefix (${RESERVED_TAG_KEY_PREFIXES.join(', ')}).`);
  }
  if (found) throw new CloudError(`InvalidParameterValue.TagKey${found}`, `The parameter \`${field}\` ${WHY[found](tag.TAG_KEY_MAX_LENGTH, [...key].length)}.`);
}

export function checkTagValue(value: string, field: string): void {
  const found = tagTextProblem(value, 'Value');
  if (found && found !== 'Reserved')
    throw new CloudError(`InvalidParameterValue.TagValue${found}`, `The parameter \`${field}\` ${WHY[found](tag.TAG_VALUE_MAX_LENGTH, [...value].length)}.`);
}

/** Refuses a key named twice among `keys` (the parameter `field`'s items). */
export function checkNoDuplicateKeys(keys: readonly string[], field: string): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key)) throw new CloudError('InvalidParameterValue.TagKeyDuplicate', `The parameter \`${field}.${index}\` names the tag key \`${key}\` a second time.`);
    seen.add(key);
  });
}
