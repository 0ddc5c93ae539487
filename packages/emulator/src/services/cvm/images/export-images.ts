import { cvm, IMAGE_EXPORT_FORMATS } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { requireCustom } from './image-checks.ts';
import { addExport, exportsUnderWay, type StoredImage } from './image-store.ts';
import { IMAGE_TRANSITIONS } from './image-transitions.ts';

// ExportImages (27420): the account's NORMAL custom images written to one of its COS buckets, one file per disk
// ("前缀名_镜像ID_system_快照ID.镜像格式", data disks "_data_" unless OnlyExportRootDisk), answered with a TaskId and
// the files' paths. The emulator has no COS: a bucket of the account is any name ending in the account's AppId
// ("<name>-<AppId>", as COS names buckets), anything else InvalidParameterValue.BucketNotFound, and nothing is written.
// The export is a change on the timeline (40 s, longer for larger images) that keeps the images in use meanwhile; a
// region runs at most 10 (LimitExceeded.ExportImageTaskLimitExceeded). RoleName is CVM_QcsRole, the service role the
// cloud makes for CVM, or one of the account's roles (AuthFailure.CamRoleNameAuthenticateFailed). Public, shared,
// encrypted, Windows and Red Hat images are refused with their codes; SnapshotIds is not in the SDK's request, so
// ImageIds is needed (InvalidParameter.ImageIdsSnapshotIdsMustOne).

const TASKS_PER_REGION = 10;
const SERVICE_ROLE = 'CVM_QcsRole';

export const exportImages = handler(cvm.ExportImages, (ctx, params) => {
  const ids = params.ImageIds ?? [];
  if (!ids.length) throw new CloudError('InvalidParameter.ImageIdsSnapshotIdsMustOne', 'Give `ImageIds`: the images to export.');
  if (new Set(ids).size !== ids.length) throw new CloudError('InvalidParameterValue', '`ImageIds` names the same image more than once.');
  const images = ids.map((id) =>
    requireCustom(ctx.world, ctx.region, id, 'ImageIds', {
      publicCode: 'UnsupportedOperation.PublicImageExportUnsupported',
      sharedCode: 'UnsupportedOperation.SharedImageExportUnsupported',
    }),
  );
  const prefixes = params.FileNamePrefixList;
  if (prefixes && prefixes.length !== ids.length) {
    throw new CloudError('InvalidParameterValue.InvalidFileNamePrefixList', `\`FileNamePrefixList\` has ${prefixes.length} prefixes for ${ids.length} images; give one for each.`);
  }
  const format = (params.ExportFormat ?? 'RAW').toUpperCase();
  if (!(IMAGE_EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CloudError('InvalidParameterValue', `\`ExportFormat\` \`${params.ExportFormat}\` is none of ${IMAGE_EXPORT_FORMATS.join(', ')}.`);
  }
  for (const stored of images) refuseExport(stored);
  const appId = String(ctx.world.account.appId);
  if (!new RegExp(`^[a-z0-9][a-z0-9-]{0,49}-${appId}$`).test(params.BucketName)) {
    throw new CloudError('InvalidParameterValue.BucketNotFound', `The bucket \`${params.BucketName}\` does not exist: the account's buckets are named <name>-${appId}.`);
  }
  const role = params.RoleName ?? SERVICE_ROLE;
  if (role !== SERVICE_ROLE && !ctx.world.roles.some((r) => r.roleName === role)) {
    throw new CloudError('AuthFailure.CamRoleNameAuthenticateFailed', `The account has no role \`${role}\` to write to the bucket with.`);
  }
  if (exportsUnderWay(ctx.world, ctx.region).length >= TASKS_PER_REGION) {
    throw new CloudError('LimitExceeded.ExportImageTaskLimitExceeded', `${TASKS_PER_REGION} exports are running in ${ctx.region.seed.region}; wait until one ends.`);
  }
  const extension = format.toLowerCase();
  const paths = images.flatMap((stored, index) => {
    const prefix = prefixes?.[index] ? `${prefixes[index]}_` : '';
    const { ImageId: id, SnapshotSet: snapshots } = stored.image;
    return snapshots
      .filter((s) => s.DiskUsage === 'SYSTEM_DISK' || !params.OnlyExportRootDisk)
      .map((s) => `/${prefix}${id}_${s.DiskUsage === 'SYSTEM_DISK' ? 'system' : 'data'}_${s.SnapshotId}.${extension}`);
  });
  if (params.DryRun) return { TaskId: 0, CosPaths: paths };
  const size = images.reduce((total, stored) => total + stored.image.SnapshotSet.reduce((sum, s) => sum + s.DiskSize, 0), 0);
  const change = ctx.world.changes.start({ transition: IMAGE_TRANSITIONS.export, stretch: Math.max(1, size / 50), legs: [{ to: 'EXPORTED' }] });
  const taskId = 100_000_000 + Math.floor(ctx.world.random() * 900_000_000);
  addExport(ctx.region, { taskId, change });
  for (const stored of images) stored.readers.add(change);
  return { TaskId: taskId, CosPaths: paths };
});

/** What cannot be exported, with the reference's codes (27673–27697). */
function refuseExport(stored: StoredImage): void {
  const image = stored.image;
  const id = image.ImageId;
  if (stored.encrypted) throw new CloudError('UnsupportedOperation.EncryptedImagesNotSupported', `The image \`${id}\` is encrypted; encrypted images are not exported.`);
  if (image.Platform === 'Windows')
    throw new CloudError('UnsupportedOperation.WindowsImageExportUnsupported', `The image \`${id}\` is a Windows image; Windows images are not exported.`);
  if (/red ?hat/i.test(image.Platform) || /red ?hat/i.test(image.OsName)) {
    throw new CloudError('UnsupportedOperation.RedHatImageExportUnsupported', `The image \`${id}\` is a Red Hat image; Red Hat images are not exported.`);
  }
  if (image.ImageState !== 'NORMAL')
    throw new CloudError('InvalidParameterValue.InvalidImageState', `The image \`${id}\` is ${image.ImageState}; only a NORMAL image is exported.`);
}
