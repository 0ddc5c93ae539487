import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { checkDescription, checkFamily, checkImageName, requireCustom } from './image-checks.ts';

// ModifyImageAttribute (26707): a custom image's name (≤ 60, unique among the region's custom images), description
// (≤ 256), family ("" takes it out of its family) and deprecation, any of them; all checked before any changes. Only
// the account's own images: a public one is none of its images (InvalidImageId.NotFound), and one shared with it
// cannot change ("共享镜像无法更改名称，描述", 26143; InvalidImageId.NotFound too, as it is not the account's). An image
// being made or copied (CREATING, SYNCING, IMPORTING) changes once it is NORMAL (InvalidImageId.IncorrectState).

export const modifyImageAttribute = handler(cvm.ModifyImageAttribute, (ctx, params) => {
  const stored = requireCustom(ctx.world, ctx.region, params.ImageId, 'ImageId', { publicCode: 'InvalidImageId.NotFound', sharedCode: 'InvalidImageId.NotFound' });
  const image = stored.image;
  if (['CREATING', 'SYNCING', 'IMPORTING'].includes(image.ImageState)) {
    throw new CloudError('InvalidImageId.IncorrectState', `The image \`${image.ImageId}\` is ${image.ImageState}; change it once it is NORMAL.`);
  }
  if (params.ImageName !== undefined) checkImageName(ctx.world, ctx.region, params.ImageName, { self: stored });
  checkDescription(params.ImageDescription);
  checkFamily(params.ImageFamily, true);
  if (params.ImageName !== undefined) image.ImageName = params.ImageName;
  if (params.ImageDescription !== undefined) image.ImageDescription = params.ImageDescription;
  if (params.ImageFamily !== undefined) image.ImageFamily = params.ImageFamily;
  if (params.ImageDeprecated !== undefined) image.ImageDeprecated = params.ImageDeprecated;
  return {};
});
