import type { Instance } from '@cvm/shared';
import type { Messages } from '../../i18n/en.ts';

// How an instance's values are said in words, the same in the detail panel, the list's columns and an export.

/** The translated word for an enum value; values newer than our dictionary show as the cloud spells them. */
export function wordFor<K extends string>(words: Record<K, string>, value: K | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return Object.hasOwn(words, value) ? words[value] : value;
}

export const projectName = (instance: Instance, t: Messages): string =>
  instance.Placement.ProjectId === 0 ? t.common.defaultProject : t.common.projectId(instance.Placement.ProjectId);

/** "1 × NVIDIA T4"-style summary, or null for an instance without GPUs. */
export const gpuSummary = (instance: Instance, t: Messages): string | null =>
  instance.GPUInfo && instance.GPUInfo.GPUCount > 0 ? t.detail.gpuSummary(instance.GPUInfo.GPUCount, instance.GPUInfo.GPUType) : null;
