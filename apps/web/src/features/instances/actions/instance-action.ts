import type { Instance, InstanceState } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { UiAction } from '../../../actions/ui-action.ts';

export { OK, refuse, type Refusal, type Verdict } from '../../../actions/ui-action.ts';

export interface ActionDialogProps {
  action: InstanceAction;
  instances: Instance[];
  scope: CloudScope;
  onClose: () => void;
  /** After the cloud accepted the action: the owner clears the selection and closes the dialog. */
  onSucceeded: () => void;
}

/**
 * An action on CVM instances: a file `*.action.ts` in this folder, collected by instance-actions.ts. The toolbar, the
 * row menu and the detail panel are all built from those files, so a rule is written once.
 */
export interface InstanceAction extends UiAction<Instance, ActionDialogProps> {
  /**
   * What an affected row shows the moment the cloud accepts a lifecycle action; the status watch follows it from there.
   * Changes (resize, reinstall...) decide in their dialogs, where the choice (stop first, force) is made.
   */
  stateAfter?: (instance: Instance) => InstanceState;
}
