import * as cvm from '../../../api/actions.ts';
import { RebootIcon } from '../../../components/ui/icons.tsx';
import { RebootDialog } from './lazy-dialogs.ts';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';

/** RebootInstances (reference 14315): only RUNNING instances reboot; they pass through REBOOTING. */
export const rebootAction: InstanceAction = {
  id: 'reboot',
  label: (t) => t.actions.reboot,
  icon: RebootIcon,
  spec: cvm.RebootInstances,
  stateAfter: () => 'REBOOTING',
  allowed: (instance) =>
    instance.InstanceState === 'RUNNING' ? OK : refuse((t, who) => t.actions.rebootNeedsRunning(who, stateWord(t, instance))),
  Confirmation: RebootDialog,
};
