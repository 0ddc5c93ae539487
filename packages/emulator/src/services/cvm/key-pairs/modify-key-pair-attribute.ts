import { cvm, KEY_PAIR_DESCRIPTION_MAX } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { checkKeyName, findKeyPairs } from './key-pair-lookup.ts';

// ModifyKeyPairAttribute: a new name (the creation rules, unique in the region), a new description (at most 60
// characters, any text, empty clears it), or both; at least one of them. The ID and the key itself never change.

export const modifyKeyPairAttribute = handler(cvm.ModifyKeyPairAttribute, (ctx, params) => {
  const [key] = findKeyPairs(ctx.region, [params.KeyId], 'KeyId');
  if (params.KeyName === undefined && params.Description === undefined) {
    throw new CloudError('MissingParameter', 'The request needs `KeyName` or `Description`, or both.');
  }
  if (params.KeyName !== undefined) checkKeyName(ctx.region, params.KeyName, key);
  if (params.Description !== undefined && params.Description.length > KEY_PAIR_DESCRIPTION_MAX) {
    throw new CloudError('InvalidParameterValue', `\`Description\` is ${params.Description.length} characters; at most ${KEY_PAIR_DESCRIPTION_MAX} are allowed.`);
  }
  // Checked before anything changes: a bad description leaves the name as it was.
  if (params.KeyName !== undefined) key!.KeyName = params.KeyName;
  if (params.Description !== undefined) key!.Description = params.Description;
  return {};
});
