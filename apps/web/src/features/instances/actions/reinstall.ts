import * as cvm from '../../../api/actions.ts';
import { DiscIcon } from '../../../components/ui/icons.tsx';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { ReinstallDialog } from './lazy-dialogs.ts';

/** ResetInstance: a new operating system on a wiped system disk; a running instance is stopped and started by the cloud. */
export const reinstallAction: InstanceAction = {
  id: 'reinstall',
  label: (t) => t.actions.reinstall,
  icon: DiscIcon,
  spec: cvm.ResetInstance,
  danger: true,
  allowed: (instance) => changeable(instance),
  Confirmation: ReinstallDialog,
};
