import { cvm, IMAGE_QUOTA_PER_REGION } from '@cvm/shared';
import { handler } from '../../action-handler.ts';
import { describedImage } from './image-checks.ts';
import { regionImages } from './image-store.ts';
import { IMPORT_OS_LIST, IMPORT_OS_VERSIONS } from './import-os.ts';

// The image reads without a list: the quota, the operating systems ImportImage takes, and a family's image.

/** DescribeImageQuota (25995): custom images one region may hold ("单个账号在每个地域最多支持存在500个自定义镜像", 26375). */
export const describeImageQuota = handler(cvm.DescribeImageQuota, () => ({ ImageNumQuota: IMAGE_QUOTA_PER_REGION }));

/** DescribeImportImageOs (25544): the reference's example answer, word for word. */
export const describeImportImageOs = handler(cvm.DescribeImportImageOs, () => ({
  ImportImageOsListSupported: { Linux: [...IMPORT_OS_LIST.Linux], Windows: [...IMPORT_OS_LIST.Windows] },
  ImportImageOsVersionSet: IMPORT_OS_VERSIONS.map((os) => ({ OsName: os.OsName, OsVersions: [...os.OsVersions], Architecture: [...os.Architecture] })),
}));

/**
 * DescribeImageFromFamily (28055): the image to launch from a family now — the newest of the region's custom images
 * in it that is NORMAL and not deprecated; null when there is none ("没有可用镜像是返回为空"), or no family is named.
 */
export const describeImageFromFamily = handler(cvm.DescribeImageFromFamily, (ctx, params) => {
  const family = params.ImageFamily;
  const candidates = family
    ? regionImages(ctx.world, ctx.region).images.filter(
        ({ image }) => image.ImageType === 'PRIVATE_IMAGE' && image.ImageFamily === family && image.ImageState === 'NORMAL' && !image.ImageDeprecated,
      )
    : [];
  const newest = candidates.reduce<(typeof candidates)[number] | undefined>((best, s) => (!best || s.image.CreatedTime > best.image.CreatedTime ? s : best), undefined);
  return { Image: newest ? describedImage(newest) : null };
});
