import type { Image } from '../types/catalog.ts';
import { SYSTEM_DISK_LIMITS } from './disk-limits.ts';
import { platformOf } from './login-password.ts';

// What an image asks of the instance it boots: a Windows image needs a 50 GB system disk, any image at least its own
// size (RunInstances and ResetInstance refuse smaller ones with InvalidParameterValue.InvalidImageSize...). The wizard,
// reinstall and Batch's add dialog check it before sending.

export function isWindowsImage(image: Image | null | undefined): boolean {
  return Boolean(image) && platformOf(image!.Platform) === 'windows';
}

/** The smallest system disk the image fits on: 20 GB, or the image's own size, or 50 GB for Windows. */
export function systemDiskMin(image: Image | null | undefined): number {
  return Math.max(SYSTEM_DISK_LIMITS.min, image?.ImageSize ?? 0, isWindowsImage(image) ? SYSTEM_DISK_LIMITS.windowsMin : 0);
}
