import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { localizedFor } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { ConvertIcon, hpcActionWords as words, isConvertibleOs } from './hpc-words.ts';
import { refuse, type InstanceAction } from './instance-action.ts';

/**
 * ConvertOperatingSystems (reference 28270): a running CentOS 7 or 8 instance converted in place to TencentOS (7 to
 * 2.4, 8 to 3.1), its disks and settings kept. Admin, with a fresh second factor, as a reinstall.
 */
export const convertOsAction: InstanceAction = {
  id: 'convertOs',
  group: 'change',
  order: 22,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).convert,
  icon: ConvertIcon,
  spec: cvm.ConvertOperatingSystems,
  danger: true,
  allowed: (instance) => {
    // UnsupportedOperation.InstanceOsConvertOsNotSupport / InstanceOsWindows (28491, 28493).
    if (!isConvertibleOs(instance.OsName)) return refuse((t, who) => localizedFor(words, t).convertOnlyCentOs(who, instance.OsName));
    // UnsupportedOperation.InstanceStateNotRunning (28498).
    return changeable(instance, ['RUNNING']);
  },
  Dialog: lazyDialog(() => import('../components/hpc/instance-hpc-dialogs.tsx'), 'ConvertOsDialog'),
};

export default convertOsAction;
