import { IMAGE_DESCRIPTION_MAX, IMAGE_NAME_MAX, imageNameProblem, isImageFamily, type Tag } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { creationTags } from '../resource-tags.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import { IMAGE_ID } from '../id-formats.ts';
import { findStored, regionImages, type StoredImage } from './image-store.ts';

// What the image actions check alike, with the codes they document: IDs, names (≤ 60, unique among the region's custom
// images), descriptions (≤ 256), families, tags.

export function assertImageId(id: string, parameter: string): void {
  if (!IMAGE_ID.test(id)) {
    throw new CloudError('InvalidImageId.Malformed', `The image ID \`${id}\` in \`${parameter}\` is malformed: expected img- followed by 8 lower-case letters or digits.`);
  }
}

/** One of the region's own or shared images (a public image is none of them: answered by `publicCode`). */
export function requireStored(world: World, region: RegionWorld, id: string, parameter: string, publicCode: string): StoredImage {
  assertImageId(id, parameter);
  const stored = findStored(world, region, id);
  if (stored) return stored;
  if (world.images.some((image) => image.ImageId === id)) {
    throw new CloudError(publicCode, `The image \`${id}\` is a public image of the cloud; only the account's own images can be used here.`);
  }
  throw new CloudError('InvalidImageId.NotFound', `The image \`${id}\` does not exist in ${region.seed.region}.`);
}

/** A custom image of the account (not one shared with it by another account, answered by `sharedCode`). */
export function requireCustom(world: World, region: RegionWorld, id: string, parameter: string, codes: { publicCode: string; sharedCode: string }): StoredImage {
  const stored = requireStored(world, region, id, parameter, codes.publicCode);
  if (stored.image.ImageType === 'SHARED_IMAGE') {
    throw new CloudError(codes.sharedCode, `The image \`${id}\` is shared with this account by ${stored.image.ImageCreator}; only its owner can do this.`);
  }
  return stored;
}

/**
 * A new name for a custom image (`self` when renaming one): 1–60 characters, unique among the region's custom images.
 * Too long is InvalidParameterValue.TooLarge, or CreateImage's own InvalidParameter.ValueTooLarge ("参数长度超过限制").
 */
export function checkImageName(
  world: World,
  region: RegionWorld,
  name: string,
  { self, tooLongCode = 'InvalidParameterValue.TooLarge' }: { self?: StoredImage; tooLongCode?: string } = {},
): void {
  switch (imageNameProblem(name)) {
    case 'empty':
      throw new CloudError('InvalidParameterValue', '`ImageName` is empty.');
    case 'tooLong':
      throw new CloudError(tooLongCode, `\`ImageName\` is ${[...name].length} characters; at most ${IMAGE_NAME_MAX} are allowed.`);
  }
  const same = regionImages(world, region).images.find((stored) => stored !== self && stored.image.ImageType === 'PRIVATE_IMAGE' && stored.image.ImageName === name);
  if (same) throw new CloudError('InvalidImageName.Duplicate', `The custom image \`${same.image.ImageId}\` in ${region.seed.region} is already named \`${name}\`.`);
}

export function checkDescription(description: string | undefined): void {
  if (description !== undefined && [...description].length > IMAGE_DESCRIPTION_MAX) {
    throw new CloudError('InvalidParameterValue.TooLarge', `\`ImageDescription\` is ${[...description].length} characters; at most ${IMAGE_DESCRIPTION_MAX} are allowed.`);
  }
}

/** A family name (empty only where `mayClear`: ModifyImageAttribute takes "" to take the image out of its family). */
export function checkFamily(family: string | undefined, mayClear = false): void {
  if (family === undefined || (mayClear && family === '')) return;
  if (!isImageFamily(family)) {
    throw new CloudError(
      'InvalidParameterValue.InvalidImageFamily',
      `\`ImageFamily\` \`${family}\` is not a family name: a letter, then letters, digits, hyphens or underscores, at most 60 in all.`,
    );
  }
}

/** The tags a new image gets (TagSpecification of ResourceType "image"), at most 50: the tag service's per-resource limit. */
export const imageTags = (specification: Parameters<typeof creationTags>[0]): Tag[] => creationTags(specification, { resourceType: 'image', noun: 'an image', most: 50 });

/** The image as DescribeImages answers it: a copy, so a caller's answer never changes the world. */
export function describedImage(stored: StoredImage) {
  const image = stored.image;
  return { ...image, SnapshotSet: image.SnapshotSet.map((s) => ({ ...s })), Tags: image.Tags.map((t) => ({ ...t })) };
}
