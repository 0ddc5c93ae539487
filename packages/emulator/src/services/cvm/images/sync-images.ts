import { cvm, type Image } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import type { RegionWorld } from '../../../state/world.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { checkImageName, requireStored } from './image-checks.ts';
import { addImage, hasRoomFor, newImageId, newSnapshotId, type StoredImage } from './image-store.ts';
import { IMAGE_TRANSITIONS } from './image-transitions.ts';

// SyncImages (26353): one image a call ("该接口每次调用只支持同步一个镜像"), NORMAL, copied into each region named. Each
// copy is a custom image of its region at once, SYNCING, its SyncPercent its own progress, NORMAL when it lands —
// 30 s into a region of the same country, longer the farther and the larger the image (a copy to Frankfurt of a 100 GB
// image takes 2 × 3 times as long); a failed copy is left CREATEFAILED, to be deleted. Meanwhile the source is in use
// and is not deleted. A custom image goes to other regions only, its own being InvalidParameterValue.InvalidRegion; a
// shared image only into its own region, becoming a custom image of the account; Encrypt copies a custom image into
// its own region as an encrypted one (UnsupportedOperation.SyncEncryptImageNotSupport for one already encrypted), and
// an encrypted image does not leave its region (UnsupportedOperation.EncryptedImagesNotSupported). A region the emulator
// does not have is InvalidRegion.NotFound; each destination needs room (ImageQuotaLimitExceeded) and a name its
// custom images do not hold (InvalidImageName.Duplicate). The copy's ID is answered with ImageSetRequired.

/** How far apart regions are, as a factor of a copy's time: the mainland, Hong Kong, Singapore, overseas. */
const DISTANCE: Record<string, number> = { 'ap-hongkong': 1.5, 'ap-singapore': 2, 'na-siliconvalley': 3, 'eu-frankfurt': 3 };
const distance = (from: string, to: string) => (from === to ? 1 : Math.max(DISTANCE[from] ?? 1, DISTANCE[to] ?? 1));

const KMS_KEY_ID = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;

function destinations(ctx: RequestContext, source: StoredImage, regions: readonly string[], encrypt: boolean): RegionWorld[] {
  const own = ctx.region.seed.region;
  const id = source.image.ImageId;
  if (new Set(regions).size !== regions.length) throw new CloudError('InvalidParameterValue.InvalidRegion', '`DestinationRegions` names the same region more than once.');
  const worlds = regions.map((name) => {
    const region = ctx.world.region(name);
    if (!region) throw new CloudError('InvalidRegion.NotFound', `The region \`${name}\` does not exist.`);
    return region;
  });
  if (source.image.ImageType === 'SHARED_IMAGE' || encrypt) {
    const why = encrypt ? "an encrypted copy is made in the image's own region" : 'a shared image is copied into its own region only, as a custom image';
    if (regions.some((name) => name !== own)) throw new CloudError('InvalidParameterValue.InvalidRegion', `\`DestinationRegions\` must be \`${own}\` alone: ${why}.`);
    if (encrypt && source.encrypted) throw new CloudError('UnsupportedOperation.SyncEncryptImageNotSupport', `The image \`${id}\` is encrypted already.`);
    return worlds;
  }
  if (regions.includes(own)) throw new CloudError('InvalidParameterValue.InvalidRegion', `The image \`${id}\` is in ${own} already; copy it to other regions.`);
  if (source.encrypted) throw new CloudError('UnsupportedOperation.EncryptedImagesNotSupported', `The image \`${id}\` is encrypted; encrypted images stay in their region.`);
  return worlds;
}

export const syncImages = handler(cvm.SyncImages, (ctx, params) => {
  if (params.ImageIds.length > 1) throw new CloudError('InvalidParameterValue.LimitExceeded', `\`ImageIds\` names ${params.ImageIds.length} images; a call copies one.`);
  const source = requireStored(ctx.world, ctx.region, params.ImageIds[0]!, 'ImageIds', 'InvalidParameterValue.InvalidImageId');
  const image = source.image;
  if (image.ImageState !== 'NORMAL') throw new CloudError('InvalidImageId.IncorrectState', `The image \`${image.ImageId}\` is ${image.ImageState}; only a NORMAL image is copied.`);
  const encrypt = params.Encrypt === true;
  if (params.KmsKeyId !== undefined && !KMS_KEY_ID.test(params.KmsKeyId))
    throw new CloudError('InvalidParameter.InvalidKmsKeyId', `\`KmsKeyId\` \`${params.KmsKeyId}\` is not a KMS key ID.`);
  const regions = destinations(ctx, source, params.DestinationRegions, encrypt);
  const name = params.ImageName ?? image.ImageName;
  for (const region of regions) {
    if (!hasRoomFor(ctx.world, region)) throw new CloudError('ImageQuotaLimitExceeded', `${region.seed.region} already holds its quota of custom images.`);
    checkImageName(ctx.world, region, name);
  }
  if (params.DryRun) return { ImageSet: [] };

  const size = image.SnapshotSet.reduce((total, s) => total + s.DiskSize, 0) || image.ImageSize;
  const copies = regions.map((region) => {
    const copy: Image = {
      ...image,
      ImageId: newImageId(ctx.world),
      ImageType: 'PRIVATE_IMAGE',
      ImageCreator: ctx.world.account.uin,
      CreatedTime: cloudTime(ctx.world.clock.now()),
      ImageName: name,
      ImageState: 'SYNCING',
      SyncPercent: 0,
      ImageDeprecated: false,
      SnapshotSet: image.SnapshotSet.map((s) => ({ ...s, SnapshotId: newSnapshotId(ctx.world) })),
      Tags: image.Tags.map((t) => ({ ...t })),
    };
    const stored = addImage(region, { image: copy, encrypted: encrypt || source.encrypted });
    const change = ctx.world.changes.start({
      transition: IMAGE_TRANSITIONS.sync,
      stretch: distance(ctx.region.seed.region, region.seed.region) * Math.max(1, size / 50),
      legs: [
        {
          to: 'NORMAL',
          onArrive: () => {
            copy.ImageState = 'NORMAL';
            copy.SyncPercent = 100;
          },
        },
      ],
    });
    stored.making = { change, doneAt: change.endsAt, failedState: 'CREATEFAILED' };
    source.readers.add(change);
    return { ImageId: copy.ImageId, Region: region.seed.region };
  });
  return { ImageSet: params.ImageSetRequired ? copies : [] };
});
