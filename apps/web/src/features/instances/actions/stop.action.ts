import { cvm, stateAllows } from '@cvm/shared';
import { StopIcon } from '../../../components/ui/icons.tsx';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** StopInstances (reference 14570): only RUNNING instances stop; they pass through STOPPING. */
export const stopAction: InstanceAction = {
  id: 'stop',
  group: 'lifecycle',
  order: 2,
  offeredIn: ['toolbar', 'row', 'detail'],
  everyday: true,
  label: (t) => t.actions.stop,
  icon: StopIcon,
  spec: cvm.StopInstances,
  stateAfter: () => 'STOPPING',
  allowed: (instance) => (stateAllows('StopInstances', instance.InstanceState) ? OK : refuse((t, who) => t.actions.stopNeedsRunning(who, stateWord(t, instance)))),
  Dialog: lazyDialog(() => import('../components/actions/stop-dialog.tsx'), 'StopDialog'),
};

export default stopAction;
