import { cvm, stateAllows } from '@cvm/shared';
import { PlayIcon } from '../../../components/ui/icons.tsx';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** StartInstances (reference 14101): only STOPPED instances start; they pass through STARTING. */
export const startAction: InstanceAction = {
  id: 'start',
  group: 'lifecycle',
  order: 1,
  offeredIn: ['toolbar', 'row', 'detail'],
  everyday: true,
  label: (t) => t.actions.start,
  icon: PlayIcon,
  spec: cvm.StartInstances,
  stateAfter: () => 'STARTING',
  allowed: (instance) => (stateAllows('StartInstances', instance.InstanceState) ? OK : refuse((t, who) => t.actions.startNeedsStopped(who, stateWord(t, instance)))),
  Dialog: lazyDialog(() => import('../components/actions/start-dialog.tsx'), 'StartDialog'),
};

export default startAction;
