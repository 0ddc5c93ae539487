import { cvm } from '@cvm/shared';
import { ResizeIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/**
 * ResetInstancesType (one instance): a stopped instance changes while stopped; a running one is stopped first, by the
 * console or by the cloud (ForceStop). The dialog lists only the types DescribeInstancesModification allows.
 */
export const resizeAction: InstanceAction = {
  id: 'resize',
  group: 'change',
  order: 3,
  offeredIn: ['row', 'detail'],
  label: (t) => words(t).resize,
  icon: ResizeIcon,
  spec: cvm.ResetInstancesType,
  allowed: (instance) => changeable(instance, 'ResetInstancesType'),
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'ResizeDialog'),
};

export default resizeAction;
