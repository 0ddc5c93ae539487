import { cvm, SYSTEM_DISK_LIMITS, type Instance } from '@cvm/shared';
import { DiskIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** Local disks live and die with their host: only cloud disks grow (ResizeInstanceDisks). */
export const isCloudDisk = (type: string) => type.startsWith('CLOUD_');

/** Whether any disk of the instance can still grow: a cloud system disk under 1024 GB, or any cloud data disk. */
export function hasGrowableDisk(instance: Instance): boolean {
  const system = isCloudDisk(instance.SystemDisk.DiskType) && instance.SystemDisk.DiskSize < SYSTEM_DISK_LIMITS.max;
  return system || instance.DataDisks.some((disk) => isCloudDisk(disk.DiskType));
}

/** ResizeInstanceDisks: one disk, the system disk or a data disk, grows in 10 GB steps; never shrinks. */
export const resizeDisksAction: InstanceAction = {
  id: 'resizeDisks',
  group: 'change',
  order: 4,
  offeredIn: ['row', 'detail'],
  label: (t) => words(t).resizeDisks,
  icon: DiskIcon,
  spec: cvm.ResizeInstanceDisks,
  allowed: (instance) => {
    const verdict = changeable(instance, 'ResizeInstanceDisks');
    if (!verdict.ok) return verdict;
    return hasGrowableDisk(instance) ? OK : refuse((t, who) => words(t).noGrowableDisk(who));
  },
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'ResizeDisksDialog'),
};

export default resizeDisksAction;
