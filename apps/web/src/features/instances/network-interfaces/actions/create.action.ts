import { vpc } from '@cvm/shared';
import { lazyDialog } from '../../../../actions/lazy-dialog.ts';
import { PlusIcon } from '../../../../components/ui/icons.tsx';
import { OK } from '../../../../actions/ui-action.ts';
import { interfaceWords, type InterfaceAction } from './interface-action.ts';

/**
 * vpc.CreateNetworkInterface in the instance's VPC and zone, bound right after unless told otherwise. Creating needs only
 * the role; whether the new interface can be bound now is the bind action's rule, which the dialog applies.
 */
export const createAction: InterfaceAction = {
  id: 'create',
  group: 'lifecycle',
  order: 1,
  offeredIn: ['toolbar'],
  label: (t) => interfaceWords(t).create,
  icon: PlusIcon,
  prominent: true,
  spec: vpc.CreateNetworkInterface,
  allowed: () => OK,
  Dialog: lazyDialog(() => import('../components/create-interface-dialog.tsx'), 'CreateInterfaceDialog'),
};

export default createAction;
