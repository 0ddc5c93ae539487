import { ACCOUNT_ID, cvm, IMAGE_SHARE_MAX } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import { handler } from '../../action-handler.ts';
import { requireCustom } from './image-checks.ts';

// Sharing custom images with other main accounts (25368, 26124). The other accounts are not emulated: any well-formed
// main account ID (5–13 digits) is taken to exist, anything else is InvalidAccountId.NotFound; the account's own ID
// is refused (FailedOperation.AccountIsYourSelf). An image is shared with at most 500 accounts (OverQuota), only while
// NORMAL (InvalidParameterValue.InvalidImageState), never a BYOL one (FailedOperation.BYOLImageShareFailed) or an
// encrypted one (UnsupportedOperation.EncryptedImagesNotSupported). Sharing an account twice is
// FailedOperation.AccountAlreadyExists; cancelling one it is not shared with, InvalidAccountId.NotFound. The whole
// call is checked first, so a refusal shares or cancels nothing. Public and shared-with-us images are not the
// account's to share (UnauthorizedOperation.ImageNotBelongToAccount).

const NOT_OURS = { publicCode: 'UnauthorizedOperation.ImageNotBelongToAccount', sharedCode: 'UnauthorizedOperation.ImageNotBelongToAccount' };

export const describeImageSharePermission = handler(cvm.DescribeImageSharePermission, (ctx, params) => {
  const stored = requireCustom(ctx.world, ctx.region, params.ImageId, 'ImageId', NOT_OURS);
  return { SharePermissionSet: stored.shares.map((share) => ({ ...share })) };
});

export const modifyImageSharePermission = handler(cvm.ModifyImageSharePermission, (ctx, params) => {
  const stored = requireCustom(ctx.world, ctx.region, params.ImageId, 'ImageId', NOT_OURS);
  const image = stored.image;
  if (image.ImageState !== 'NORMAL') {
    throw new CloudError('InvalidParameterValue.InvalidImageState', `The image \`${image.ImageId}\` is ${image.ImageState}; only a NORMAL image is shared.`);
  }
  if (image.LicenseType === 'BYOL')
    throw new CloudError('FailedOperation.BYOLImageShareFailed', `The image \`${image.ImageId}\` brings its own license (BYOL) and cannot be shared.`);
  if (stored.encrypted) throw new CloudError('UnsupportedOperation.EncryptedImagesNotSupported', `The image \`${image.ImageId}\` is encrypted; encrypted images are not shared.`);
  const accounts = [...new Set(params.AccountIds)];
  for (const account of accounts) {
    if (!ACCOUNT_ID.test(account))
      throw new CloudError('InvalidAccountId.NotFound', `\`${account}\` is not a main account ID (its digits, as the account information page shows them).`);
    if (account === ctx.world.account.uin) throw new CloudError('FailedOperation.AccountIsYourSelf', `\`${account}\` is this account; an image is shared with other accounts.`);
  }
  const shared = new Set(stored.shares.map((share) => share.AccountId));
  if (params.Permission === 'SHARE') {
    const again = accounts.find((account) => shared.has(account));
    if (again) throw new CloudError('FailedOperation.AccountAlreadyExists', `The image \`${image.ImageId}\` is already shared with \`${again}\`.`);
    if (shared.size + accounts.length > IMAGE_SHARE_MAX) {
      throw new CloudError('OverQuota', `The image \`${image.ImageId}\` would be shared with ${shared.size + accounts.length} accounts; at most ${IMAGE_SHARE_MAX} are allowed.`);
    }
    const now = cloudTime(ctx.world.clock.now());
    for (const account of accounts) stored.shares.push({ AccountId: account, CreatedTime: now });
    return {};
  }
  const missing = accounts.find((account) => !shared.has(account));
  if (missing) throw new CloudError('InvalidAccountId.NotFound', `The image \`${image.ImageId}\` is not shared with \`${missing}\`.`);
  stored.shares = stored.shares.filter((share) => !accounts.includes(share.AccountId));
  return {};
});
