import { instanceTakesInterfaces, type Instance, type NetworkInterface } from '@cvm/shared';
import { OK, refuse, type UiAction, type Verdict } from '../../../../actions/ui-action.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import type { Messages } from '../../../../i18n/en.ts';
import { localizedFor } from '../../../../i18n/localized.ts';
import { interfaceMessages } from '../messages.ts';
import type { TaskKind } from '../api/use-interface-tasks.ts';

/** What an interface action acts on: the instance whose tab it is, and for a row's action, that row's interface. */
export interface InterfaceTarget {
  instance: Instance;
  eni?: NetworkInterface;
}

export interface InterfaceDialogProps {
  action: InterfaceAction;
  target: InterfaceTarget;
  scope: CloudScope;
  onClose: () => void;
  /** Follows a bind or unbind the dialog started, in the tab's task list. */
  track: (kind: TaskKind, eni: NetworkInterface, taskId: string) => void;
}

/**
 * An action of the instance detail's "Network interfaces" tab: a file `*.action.ts` in this folder, collected by
 * interface-actions.ts. The tab's toolbar (create, bind) and each interface's row (unbind) are built from them.
 */
export type InterfaceAction = UiAction<InterfaceTarget, InterfaceDialogProps>;

/** The tab's own words, in the language of the main dictionary `t`. */
export const interfaceWords = (t: Messages) => localizedFor(interfaceMessages, t);

/** How the target is named in a sentence: the row's interface, else the instance. */
export const targetName = ({ instance, eni }: InterfaceTarget) => (eni ? eni.NetworkInterfaceName || eni.NetworkInterfaceId : instance.InstanceName || instance.InstanceId);

/** Interfaces are bound to and unbound from a RUNNING or STOPPED instance only (the cloud's UnsupportedOperation.InvalidState). */
export function instancePowered({ instance }: InterfaceTarget): Verdict {
  if (instanceTakesInterfaces(instance)) return OK;
  return refuse((t) => interfaceWords(t).needsPowerState(Object.hasOwn(t.states, instance.InstanceState) ? t.states[instance.InstanceState] : instance.InstanceState));
}
