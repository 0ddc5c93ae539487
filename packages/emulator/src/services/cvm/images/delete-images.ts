import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { requireCustom } from './image-checks.ts';
import { removeImage } from './image-store.ts';

// DeleteImages (26896): the account's custom images, all or none. Not a public image (InvalidParameterValue.InvalidImageId)
// nor one shared with the account (InvalidParameterValue.InvalidImageIdIsShared); not one being made or copied
// (CREATING, SYNCING, IMPORTING) or in use — read by a copy to another region or an export under way
// (InvalidImageId.IncorrectState, "当镜像状态为创建中和使用中时, 不允许删除"); not one shared with other accounts
// (InvalidImageId.InShared, "当镜像正在被其它账户分享时，不允许删除"). A failed one (CREATEFAILED, IMPORTFAILED) goes.
// Deleting frees the region's quota. DryRun checks all that and changes nothing, answering as the reference's example
// does (26990 "检测镜像是否允许删除": no error). DeleteBindedSnap is taken: the emulator keeps no snapshots apart.

const BUSY = new Set(['CREATING', 'SYNCING', 'IMPORTING']);

export const deleteImages = handler(cvm.DeleteImages, (ctx, params) => {
  if (new Set(params.ImageIds).size !== params.ImageIds.length) throw new CloudError('InvalidParameterValue', '`ImageIds` names the same image more than once.');
  const images = params.ImageIds.map((id) =>
    requireCustom(ctx.world, ctx.region, id, 'ImageIds', { publicCode: 'InvalidParameterValue.InvalidImageId', sharedCode: 'InvalidParameterValue.InvalidImageIdIsShared' }),
  );
  for (const stored of images) {
    const { ImageId: id, ImageState: state } = stored.image;
    if (BUSY.has(state)) throw new CloudError('InvalidImageId.IncorrectState', `The image \`${id}\` is ${state}; it can be deleted once that ends.`);
    if (stored.readers.size) throw new CloudError('InvalidImageId.IncorrectState', `The image \`${id}\` is in use: it is being copied to another region or exported.`);
    if (stored.shares.length) {
      throw new CloudError(
        'InvalidImageId.InShared',
        `The image \`${id}\` is shared with ${stored.shares.length} account(s); cancel the sharing (ModifyImageSharePermission) first.`,
      );
    }
  }
  if (!params.DryRun) for (const stored of images) removeImage(ctx.region, stored);
  return {};
});
