import { cvm, stateAllows } from '@cvm/shared';
import { RebootIcon } from '../../../components/ui/icons.tsx';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** RebootInstances (reference 14315): only RUNNING instances reboot; they pass through REBOOTING. */
export const rebootAction: InstanceAction = {
  id: 'reboot',
  group: 'lifecycle',
  order: 3,
  offeredIn: ['toolbar', 'row', 'detail'],
  everyday: true,
  label: (t) => t.actions.reboot,
  icon: RebootIcon,
  spec: cvm.RebootInstances,
  stateAfter: () => 'REBOOTING',
  allowed: (instance) => (stateAllows('RebootInstances', instance.InstanceState) ? OK : refuse((t, who) => t.actions.rebootNeedsRunning(who, stateWord(t, instance)))),
  Dialog: lazyDialog(() => import('../components/actions/reboot-dialog.tsx'), 'RebootDialog'),
};

export default rebootAction;
