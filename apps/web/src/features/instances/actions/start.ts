import * as cvm from '../../../api/actions.ts';
import { PlayIcon } from '../../../components/ui/icons.tsx';
import { StartDialog } from './lazy-dialogs.ts';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';

/** StartInstances (reference 14101): only STOPPED instances start; they pass through STARTING. */
export const startAction: InstanceAction = {
  id: 'start',
  label: (t) => t.actions.start,
  icon: PlayIcon,
  spec: cvm.StartInstances,
  stateAfter: () => 'STARTING',
  allowed: (instance) =>
    instance.InstanceState === 'STOPPED' ? OK : refuse((t, who) => t.actions.startNeedsStopped(who, stateWord(t, instance))),
  Confirmation: StartDialog,
};
