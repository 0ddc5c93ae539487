import { vpc } from '@cvm/shared';
import { lazyDialog } from '../../../../actions/lazy-dialog.ts';
import { instancePowered, interfaceWords, type InterfaceAction } from './interface-action.ts';

/**
 * vpc.AttachNetworkInterface for one of the VPC's unbound interfaces, while the instance is running or stopped; which
 * interfaces can be chosen (free, idle, same zone, with a security group) the dialog says one by one.
 */
export const bindAction: InterfaceAction = {
  id: 'bind',
  group: 'lifecycle',
  order: 2,
  offeredIn: ['toolbar'],
  label: (t) => interfaceWords(t).bind,
  spec: vpc.AttachNetworkInterface,
  allowed: instancePowered,
  Dialog: lazyDialog(() => import('../components/bind-interface-dialog.tsx'), 'BindInterfaceDialog'),
};

export default bindAction;
