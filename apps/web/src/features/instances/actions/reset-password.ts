import * as cvm from '../../../api/actions.ts';
import { KeyIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { ResetPasswordDialog } from './change-dialogs.ts';

/** ResetInstancesPassword: a stopped instance, or a running one stopped first (by the console, or ForceStop). */
export const resetPasswordAction: InstanceAction = {
  id: 'resetPassword',
  label: (t) => words(t).resetPassword,
  icon: KeyIcon,
  spec: cvm.ResetInstancesPassword,
  allowed: (instance) => changeable(instance),
  Confirmation: ResetPasswordDialog,
};
