import { cvm } from '@cvm/shared';
import { DiscIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** ResetInstance: a new operating system on a wiped system disk; a running instance is stopped and started by the cloud. */
export const reinstallAction: InstanceAction = {
  id: 'reinstall',
  group: 'change',
  order: 7,
  offeredIn: ['row', 'detail'],
  label: (t) => words(t).reinstall,
  icon: DiscIcon,
  spec: cvm.ResetInstance,
  danger: true,
  allowed: (instance) => changeable(instance, 'ResetInstance'),
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'ReinstallDialog'),
};

export default reinstallAction;
