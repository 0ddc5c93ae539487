import { cvm } from '@cvm/shared';
import { KeyIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** ResetInstancesPassword: a stopped instance, or a running one stopped first (by the console, or ForceStop). */
export const resetPasswordAction: InstanceAction = {
  id: 'resetPassword',
  group: 'change',
  order: 6,
  offeredIn: ['row', 'detail'],
  label: (t) => words(t).resetPassword,
  icon: KeyIcon,
  spec: cvm.ResetInstancesPassword,
  allowed: (instance) => changeable(instance, 'ResetInstancesPassword'),
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'ResetPasswordDialog'),
};

export default resetPasswordAction;
