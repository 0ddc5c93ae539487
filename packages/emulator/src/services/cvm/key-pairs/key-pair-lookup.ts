import { keyPairNameProblem, type KeyPair, type Tag } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { requireProject } from '../projects.ts';
import { creationTags } from '../resource-tags.ts';

// What the key pair actions share: finding keys by ID, the name and project rules, tags, and which instances use a key.
// An instance's LoginSettings.KeyIds is the one record of what is bound: a key's AssociatedInstanceIds are read from the
// instances, so a purchase, a reinstall, a (dis)association landing or a terminated instance can never leave the two
// disagreeing.

export const KEY_ID = /^skey-[a-z0-9]{8}$/;

/** Key pairs one region holds: the emulator's quota (the reference documents the code, InvalidKeyPair.LimitExceeded, not the number). */
export const KEY_PAIRS_PER_REGION = 500;

/** Windows takes no key pairs (UnsupportedOperation.InstanceOsWindows): @cvm/shared's one reading of the platform. */
export { isWindowsInstance as isWindows } from '@cvm/shared';

/** Key ID → the IDs of the region's instances that log in with it, newest instance first. */
export function keyBindings(world: World, region: RegionWorld): Map<string, string[]> {
  const bound = new Map<string, string[]>();
  for (const { instance } of world.listInstances(region)) {
    for (const keyId of instance.LoginSettings.KeyIds ?? []) {
      const ids = bound.get(keyId);
      if (ids) ids.push(instance.InstanceId);
      else bound.set(keyId, [instance.InstanceId]);
    }
  }
  return bound;
}

/** A key pair as DescribeKeyPairs answers it: a copy, with the instances bound to it now. */
export function describedKeyPair(key: KeyPair, bindings: Map<string, string[]>): KeyPair {
  return { ...key, Tags: key.Tags.map((tag) => ({ ...tag })), AssociatedInstanceIds: [...(bindings.get(key.KeyId) ?? [])] };
}

/** The named key pairs, checked as the cloud checks them: well-formed IDs, no duplicates, every key exists. */
export function findKeyPairs(region: RegionWorld, ids: readonly string[], parameter = 'KeyIds'): KeyPair[] {
  for (const id of ids) {
    if (!KEY_ID.test(id)) {
      throw new CloudError('InvalidKeyPairId.Malformed', `The key pair ID \`${id}\` in \`${parameter}\` is malformed: expected skey- followed by 8 lower-case letters or digits.`);
    }
  }
  if (new Set(ids).size !== ids.length) throw new CloudError('InvalidParameterValue', `The parameter \`${parameter}\` contains the same key pair more than once.`);
  const keys = ids.map((id) => region.network.keyPairs.find((key) => key.KeyId === id));
  const missing = ids.filter((_, index) => !keys[index]);
  if (missing.length) {
    throw new CloudError(
      'InvalidKeyPairId.NotFound',
      `The key pair${missing.length > 1 ? 's' : ''} \`${missing.join('`, `')}\` ${missing.length > 1 ? 'do' : 'does'} not exist in ${region.seed.region}.`,
    );
  }
  return keys as KeyPair[];
}

/** A new name for a key (`self` when renaming one): letters, digits and underscores, at most 25, unique in the region. */
export function checkKeyName(region: RegionWorld, name: string, self?: KeyPair): void {
  switch (keyPairNameProblem(name)) {
    case 'empty':
      throw new CloudError('InvalidKeyPairNameEmpty', '`KeyName` is empty.');
    case 'tooLong':
      throw new CloudError('InvalidKeyPairNameTooLong', `\`KeyName\` is ${name.length} characters; at most 25 are allowed.`);
    case 'illegalChar':
      throw new CloudError('InvalidKeyPairNameIncludeIllegalChar', `\`KeyName\` \`${name}\` may contain only letters, digits and underscores.`);
  }
  if (region.network.keyPairs.some((key) => key !== self && key.KeyName === name)) {
    throw new CloudError('InvalidKeyPairName.Duplicate', `A key pair named \`${name}\` already exists in ${region.seed.region}.`);
  }
}

/** Checks for a key pair to be added to the region (CreateKeyPair, ImportKeyPair): its project and the quota. */
export function checkNewKey(region: RegionWorld, projectId: number): void {
  // As at purchase (resolve-purchase.ts): one of the account's projects.
  requireProject(projectId);
  if (region.network.keyPairs.length >= KEY_PAIRS_PER_REGION) {
    throw new CloudError('InvalidKeyPair.LimitExceeded', `${region.seed.region} already holds ${KEY_PAIRS_PER_REGION} key pairs, the account's quota.`);
  }
}

/**
 * The tags a new key pair gets (TagSpecification of ResourceType "keypair"), refused with the codes CreateKeyPair and
 * ImportKeyPair document: another resource type or a malformed tag is InvalidParameterValue, a reserved key
 * FailedOperation.TagKeyReserved.
 */
export const keyPairTags = (specification: Parameters<typeof creationTags>[0]): Tag[] =>
  creationTags(specification, { resourceType: 'keypair', noun: 'a key pair', reservedKeyCode: 'FailedOperation.TagKeyReserved' });
