import type { Image } from '../types/catalog.ts';

// The custom image rules the emulator refuses by and the console checks as they are typed (reference: CreateImage
// 27723 "最多支持60个字符", 27738 description "最多支持 256 个字符"; ModifyImageSharePermission 26141 "每个自定义镜像最多
// 可共享给500个账户"; DeleteImages 26905 / SyncImages 26375 "每个地域最多只支持创建500个自定义镜像").

export const IMAGE_NAME_MAX = 60;
export const IMAGE_DESCRIPTION_MAX = 256;
/** Accounts one custom image may be shared with. */
export const IMAGE_SHARE_MAX = 500;
/** Custom images one account may hold in a region (DescribeImageQuota's ImageNumQuota). */
export const IMAGE_QUOTA_PER_REGION = 500;

export type ImageNameProblem = 'empty' | 'tooLong';

/** What is wrong with a new image name (the cloud also wants it unique in the region, which only it can check). */
export function imageNameProblem(name: string): ImageNameProblem | undefined {
  if (!name.trim()) return 'empty';
  if ([...name].length > IMAGE_NAME_MAX) return 'tooLong';
  return undefined;
}

/**
 * An image family's name ("business-daily-update", the reference's example): the reference gives no rule beyond its
 * code InvalidParameterValue.InvalidImageFamily ("错误格式的镜像族名称"); the emulator's is a letter, then letters,
 * digits, hyphens or underscores, at most 60 in all. Empty clears a family (ModifyImageAttribute).
 */
export const IMAGE_FAMILY = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

export function isImageFamily(family: string): boolean {
  return IMAGE_FAMILY.test(family);
}

/** A main account's ID (UIN), as ModifyImageSharePermission takes it: digits, 5 to 13 of them, no leading zero. */
export const ACCOUNT_ID = /^[1-9]\d{4,12}$/;

/** The file formats ExportImages writes (27458 "取值范围：RAW，QCOW2，VHD，VMDK"). */
export const IMAGE_EXPORT_FORMATS = ['RAW', 'QCOW2', 'VHD', 'VMDK'] as const;
export type ImageExportFormat = (typeof IMAGE_EXPORT_FORMATS)[number];

/** Whether an image can boot an instance now: only a NORMAL one (a copy still SYNCING, an import IMPORTING cannot). */
export function isImageUsable(image: Pick<Image, 'ImageState'>): boolean {
  return image.ImageState === 'NORMAL';
}
