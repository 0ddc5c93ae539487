import * as cvm from '../../../api/actions.ts';
import { DiscIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { ReinstallDialog } from './change-dialogs.ts';

/** ResetInstance: a new operating system on a wiped system disk; a running instance is stopped and started by the cloud. */
export const reinstallAction: InstanceAction = {
  id: 'reinstall',
  label: (t) => words(t).reinstall,
  icon: DiscIcon,
  spec: cvm.ResetInstance,
  danger: true,
  allowed: (instance) => changeable(instance),
  Confirmation: ReinstallDialog,
};
