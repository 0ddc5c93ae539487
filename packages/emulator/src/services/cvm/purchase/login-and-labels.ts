import {
  INSTANCE_NAME_MAX_LENGTH,
  PASSWORD_RULES,
  PASSWORD_SYMBOLS,
  checkLoginPassword,
  expandNumberedNames,
  hostNameProblem,
  platformOf,
  type Image,
  type Tag,
} from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld } from '../../../state/world.ts';
import type { PurchaseParams } from './purchase-params.ts';

// Login (LoginSettings), names and host names with their {R:n} numbering, and tags (TagSpecification).

export interface Login {
  keyIds?: string[];
  /** True when a password was set; the password itself is never kept. */
  password: boolean;
  /** True when the custom image's own login settings are kept (KeepImageLogin "true"). */
  keepImageLogin?: boolean;
}

export function resolveLogin(region: RegionWorld, login: PurchaseParams['LoginSettings'], image: Image): Login {
  if (!login) return { password: false };
  const keepImageLogin = login.KeepImageLogin === 'true';
  if ([login.Password !== undefined, login.KeyIds?.length ? true : false, keepImageLogin].filter(Boolean).length > 1) {
    throw new CloudError('InvalidParameter.ParameterConflict', '`LoginSettings` takes one of Password, KeyIds or KeepImageLogin, not several.');
  }
  if (keepImageLogin && image.ImageType === 'PUBLIC_IMAGE') {
    throw new CloudError('InvalidParameterCombination', '`LoginSettings.KeepImageLogin` applies only to custom, shared or imported images.');
  }
  const platform = platformOf(image.Platform);
  if (login.Password !== undefined) {
    const check = checkLoginPassword(login.Password, platform);
    if (!check.ok) {
      const rule = PASSWORD_RULES[platform];
      throw new CloudError(
        'InvalidPassword',
        `\`LoginSettings.Password\` does not meet the ${platform === 'windows' ? 'Windows' : 'Linux'} rule: ${rule.min}–${rule.max} characters with at least ${rule.classes} of lower case, upper case, digits and the symbols ${PASSWORD_SYMBOLS}, and no other characters.`,
      );
    }
  }
  if (login.KeyIds?.length) {
    if (platform === 'windows')
      throw new CloudError('UnsupportedOperation.KeyPairUnsupportedWindows', 'Windows instances cannot log in with key pairs; set `LoginSettings.Password` instead.');
    for (const keyId of login.KeyIds) {
      if (!/^skey-[a-z0-9]{8}$/.test(keyId)) throw new CloudError('InvalidKeyPairId.Malformed', `The key pair ID \`${keyId}\` in \`LoginSettings.KeyIds\` is malformed.`);
      if (!region.network.keyPairs.some((key) => key.KeyId === keyId)) {
        throw new CloudError('InvalidParameterValue.KeyPairNotFound', `The key pair \`${keyId}\` does not exist in ${region.seed.region}.`);
      }
    }
  }
  return { keyIds: login.KeyIds?.length ? login.KeyIds : undefined, password: login.Password !== undefined, ...(keepImageLogin ? { keepImageLogin } : {}) };
}

export function resolveNames(params: PurchaseParams, count: number, image: Image): { names: string[]; hostNames?: string[] } {
  const name = params.InstanceName;
  if (name !== undefined && name.length > INSTANCE_NAME_MAX_LENGTH) {
    throw new CloudError('InvalidInstanceName.TooLong', `\`InstanceName\` is ${name.length} characters; at most ${INSTANCE_NAME_MAX_LENGTH} are allowed.`);
  }
  const names = expandNumberedNames(name ?? '', count);
  if (params.HostName === undefined) return { names };
  const windows = image.Platform === 'Windows';
  const hostNames = expandNumberedNames(params.HostName, count);
  for (const hostName of hostNames) {
    const problem = hostNameProblem(hostName, windows);
    if (problem) {
      const rule = windows ? '2–15 letters, digits and hyphens, not all digits' : '2–60 characters: dot-separated letters, digits and hyphens';
      throw new CloudError(
        'InvalidParameterValue.IllegalHostName',
        `\`HostName\` gives \`${hostName}\`, which is not a valid host name (${rule}; no leading, trailing or doubled dots and hyphens).`,
      );
    }
  }
  return { names, hostNames };
}

const TAG_RESOURCE_TYPES = ['instance', 'host', 'image', 'keypair', 'ps', 'hpc'];
const MAX_TAGS = 50;

/** The tags to put on the instances (TagSpecification entries of ResourceType "instance"). */
export function resolveTags(params: PurchaseParams): Tag[] {
  const tags: Tag[] = [];
  for (const [index, spec] of (params.TagSpecification ?? []).entries()) {
    if (!TAG_RESOURCE_TYPES.includes(spec.ResourceType)) {
      throw new CloudError('InvalidParameterValue', `\`TagSpecification.${index}.ResourceType\` \`${spec.ResourceType}\` must be one of ${TAG_RESOURCE_TYPES.join(', ')}.`);
    }
    const keys = new Set<string>();
    for (const tag of spec.Tags) {
      if (!tag.Key || tag.Key.length > 127) throw new CloudError('FailedOperation.IllegalTagKey', `The tag key \`${tag.Key}\` is invalid: 1–127 characters.`);
      if (/^(qcloud|tencent|project):/i.test(tag.Key)) throw new CloudError('FailedOperation.TagKeyReserved', `The tag key \`${tag.Key}\` uses a reserved prefix.`);
      if (tag.Value.length > 255) throw new CloudError('FailedOperation.IllegalTagValue', `The value of tag \`${tag.Key}\` is longer than 255 characters.`);
      if (keys.has(tag.Key)) throw new CloudError('InvalidParameterValue.DuplicateTags', `The tag key \`${tag.Key}\` appears twice in \`TagSpecification.${index}.Tags\`.`);
      keys.add(tag.Key);
    }
    if (spec.Tags.length > MAX_TAGS)
      throw new CloudError('InvalidParameterValue.TagQuotaLimitExceeded', `\`TagSpecification.${index}.Tags\` has ${spec.Tags.length} tags; a resource takes at most ${MAX_TAGS}.`);
    if (spec.ResourceType === 'instance') tags.push(...spec.Tags);
  }
  return tags;
}
