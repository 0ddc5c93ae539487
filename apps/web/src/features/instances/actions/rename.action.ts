import { cvm } from '@cvm/shared';
import { PencilIcon } from '../../../components/ui/icons.tsx';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/**
 * ModifyInstancesAttribute { InstanceName }: applies at once, in the states the reference allows it. The list row and
 * the detail also rename in place (InlineRename), under the same rule.
 */
export const renameAction: InstanceAction = {
  id: 'rename',
  group: 'change',
  order: 2,
  offeredIn: ['row', 'detail'],
  label: (t) => t.actions.rename,
  icon: PencilIcon,
  spec: cvm.ModifyInstancesAttribute,
  allowed: (instance) => changeable(instance, 'ModifyInstancesAttribute'),
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'RenameDialog'),
};

export default renameAction;
