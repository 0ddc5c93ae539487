import * as cvm from '../../../api/actions.ts';
import { KeyIcon } from '../../../components/ui/icons.tsx';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { ResetPasswordDialog } from './lazy-dialogs.ts';

/** ResetInstancesPassword: a stopped instance, or a running one stopped first (by the console, or ForceStop). */
export const resetPasswordAction: InstanceAction = {
  id: 'resetPassword',
  label: (t) => t.actions.resetPassword,
  icon: KeyIcon,
  spec: cvm.ResetInstancesPassword,
  allowed: (instance) => changeable(instance),
  Confirmation: ResetPasswordDialog,
};
