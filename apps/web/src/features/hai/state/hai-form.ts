import { HAI_INSTANCE_COUNT, HAI_INSTANCE_NAME_MAX, HAI_SYSTEM_DISK, type HaiApplication, type HaiBundleType, type HaiDiskType } from '@cvm/shared';
import type { HaiPurchaseParams } from '../api/run-hai-instances.ts';

// The create dialog's choices as typed, and the cloud's rules checked on them as the person types (seed 002's:
// disk ≥ the application's minimum and 80–1000 GB, 1–10 instances, names ≤ 128 characters), so a purchase is sent
// only when the cloud would not refuse it for its shape.

export interface HaiForm {
  applicationId: string;
  bundleType: HaiBundleType | '';
  diskType: HaiDiskType;
  /** As typed: validated before use. */
  diskSize: string;
  count: string;
  name: string;
}

export type HaiFormProblem =
  | { field: 'diskSize'; kind: 'whole' }
  | { field: 'diskSize'; kind: 'belowApplication'; min: number; application: string }
  | { field: 'diskSize'; kind: 'range'; min: number; max: number }
  | { field: 'count'; kind: 'range'; min: number; max: number }
  | { field: 'name'; kind: 'tooLong'; max: number; length: number };

export function emptyHaiForm(application?: HaiApplication): HaiForm {
  return {
    applicationId: application?.ApplicationId ?? '',
    bundleType: '',
    diskType: 'CLOUD_PREMIUM',
    diskSize: String(defaultDiskSize(application)),
    count: '1',
    name: '',
  };
}

/** The documented default (80 GB), or the application's minimum when that is larger. */
export function defaultDiskSize(application: HaiApplication | undefined): number {
  return Math.max(HAI_SYSTEM_DISK.default, application?.MinSystemDiskSize ?? 0);
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** Characters as people count them (and the cloud: a Chinese character is one). */
export const nameLength = (name: string) => [...name].length;

/** What is wrong with the choices, field by field (at most one problem a field). */
export function haiFormProblems(form: HaiForm, application: HaiApplication | undefined): HaiFormProblem[] {
  const problems: HaiFormProblem[] = [];
  const disk = wholeNumber(form.diskSize);
  if (disk === undefined) problems.push({ field: 'diskSize', kind: 'whole' });
  else if (application && disk < application.MinSystemDiskSize) {
    problems.push({ field: 'diskSize', kind: 'belowApplication', min: application.MinSystemDiskSize, application: application.ApplicationName });
  } else if (disk < HAI_SYSTEM_DISK.min || disk > HAI_SYSTEM_DISK.max) {
    problems.push({ field: 'diskSize', kind: 'range', min: HAI_SYSTEM_DISK.min, max: HAI_SYSTEM_DISK.max });
  }
  const count = wholeNumber(form.count);
  if (count === undefined || count < HAI_INSTANCE_COUNT.min || count > HAI_INSTANCE_COUNT.max) {
    problems.push({ field: 'count', kind: 'range', min: HAI_INSTANCE_COUNT.min, max: HAI_INSTANCE_COUNT.max });
  }
  if (nameLength(form.name) > HAI_INSTANCE_NAME_MAX) problems.push({ field: 'name', kind: 'tooLong', max: HAI_INSTANCE_NAME_MAX, length: nameLength(form.name) });
  return problems;
}

/** The RunInstances parameters, once an application and a bundle are chosen and nothing is wrong; else undefined. */
export function toPurchase(form: HaiForm, application: HaiApplication | undefined): HaiPurchaseParams | undefined {
  if (!application || !form.bundleType || haiFormProblems(form, application).length > 0) return undefined;
  return {
    ApplicationId: application.ApplicationId,
    BundleType: form.bundleType,
    SystemDisk: { DiskType: form.diskType, DiskSize: Number(form.diskSize.trim()) },
    InstanceCount: Number(form.count.trim()),
    ...(form.name.trim() ? { InstanceName: form.name.trim() } : {}),
  };
}

/** The disk to price bundles with: the typed size when it is valid, else the application's default. */
export function quoteDiskSize(form: HaiForm, application: HaiApplication | undefined): number {
  const diskValid = !haiFormProblems(form, application).some((p) => p.field === 'diskSize');
  return diskValid ? Number(form.diskSize.trim()) : defaultDiskSize(application);
}
