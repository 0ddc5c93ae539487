import { batch } from '@cvm/shared';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';
import { stateWord } from './refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** Three stacked layers: an instance joining a pool of compute nodes. */
const LayersIcon = lineIcon('M8 2.5 14 5.5 8 8.5 2 5.5 8 2.5ZM2 8.25l6 3 6-3M2 11l6 3 6-3');

/**
 * Batch's AttachInstances (seed 000): the instance is RUNNING, not a spot instance, and not busy with a change; the
 * environment (same zone, CVM resources) and membership of another environment are checked in the dialog. It
 * reinstalls the operating system, so it is the admin's, drawn in red, and confirmed by typing.
 */
export const addToBatchAction: InstanceAction = {
  id: 'addToBatch',
  group: 'handover',
  order: 1,
  offeredIn: ['toolbar', 'detail'],
  label: (t) => t.batch.addToEnv,
  icon: LayersIcon,
  spec: batch.AttachInstances,
  danger: true,
  allowed: (instance) => {
    if (instance.InstanceChargeType === 'SPOTPAID') return refuse((t, who) => t.batch.noSpot(who));
    if (instance.InstanceState !== 'RUNNING') return refuse((t, who) => t.batch.needsRunning(who, stateWord(t, instance)));
    return changeable(instance, ['RUNNING']);
  },
  Dialog: lazyDialog(() => import('../components/batch/add-to-batch-dialog.tsx'), 'AddToBatchDialog'),
};

export default addToBatchAction;
