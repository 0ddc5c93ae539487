import { interfaceIdle, vpc } from '@cvm/shared';
import { lazyDialog } from '../../../../actions/lazy-dialog.ts';
import { refuse } from '../../../../actions/ui-action.ts';
import { instancePowered, interfaceWords, type InterfaceAction } from './interface-action.ts';

/**
 * vpc.DetachNetworkInterface, on each elastic interface's row: while the instance is running or stopped, and once the
 * interface has finished changing (the cloud's UnsupportedOperation.InvalidState otherwise). The primary interface never
 * leaves its instance (the cloud's UnsupportedOperation): its row offers no unbind, and the rule refuses it anyway.
 */
export const unbindAction: InterfaceAction = {
  id: 'unbind',
  group: 'lifecycle',
  order: 3,
  offeredIn: ['row'],
  label: (t) => interfaceWords(t).unbind,
  spec: vpc.DetachNetworkInterface,
  allowed: (target) => {
    if (target.eni?.Primary) return refuse((t) => interfaceWords(t).primaryStays);
    const powered = instancePowered(target);
    if (!powered.ok) return powered;
    return target.eni && !interfaceIdle(target.eni) ? refuse((t) => interfaceWords(t).changingNow) : powered;
  },
  Dialog: lazyDialog(() => import('../components/unbind-interface-dialog.tsx'), 'UnbindInterfaceDialog'),
};

export default unbindAction;
