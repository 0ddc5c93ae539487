import type { HaiInstance, HaiInstanceState, Role } from '@cvm/shared';
import { refusalOf } from '../../../actions/action-refusal.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { OK, refuse, type UiAction } from '../../../actions/ui-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { Messages } from '../../../i18n/en.ts';
import { localizedFor } from '../../../i18n/localized.ts';
import { haiMessages, type HaiMessages } from '../messages.ts';

export interface HaiDialogProps {
  action: HaiAction;
  instance: HaiInstance;
  scope: CloudScope;
  onClose: () => void;
}

/** An action on an HAI instance: a file `*.action.ts` in this folder, collected by hai-actions.ts. */
export interface HaiAction extends UiAction<HaiInstance, HaiDialogProps> {
  /** The cloud call for one instance. */
  send: (scope: CloudScope, instanceId: string) => Promise<unknown>;
  /** The state the instance shows the moment the cloud accepts the call; the list polls until it settles. */
  stateAfter: HaiInstanceState;
  confirmTitle: (t: Messages, name: string) => string;
  confirmBody: (t: Messages) => string;
}

/** HAI's own words, in the language of the main dictionary `t`. */
export const hai = (t: Messages) => localizedFor(haiMessages, t);

const stateWord = (t: Messages, state: HaiInstanceState) => (Object.hasOwn(hai(t).states, state) ? hai(t).states[state] : state);

type LifecycleWords = 'start' | 'stop' | 'terminate';

/**
 * A lifecycle action (start, stop, terminate) allowed in the states `allowedIn`; elsewhere `refused` says why, given
 * the state in words. Its label and confirmation are the messages named after its id (actions.stop, confirm.stopTitle,
 * stopBody in messages.ts). Offered on each instance's row, confirmed in one dialog for all three.
 */
export function haiLifecycleAction(
  fields: Pick<HaiAction, 'order' | 'spec' | 'send' | 'stateAfter' | 'danger'> & {
    id: LifecycleWords;
    allowedIn: readonly HaiInstanceState[];
    refused: (words: HaiMessages, state: string) => string;
  },
): HaiAction {
  const { id, allowedIn, refused, ...rest } = fields;
  return {
    ...rest,
    id,
    group: 'lifecycle',
    offeredIn: ['row'],
    label: (t) => hai(t).actions[id],
    allowed: (instance) => (allowedIn.includes(instance.InstanceState) ? OK : refuse((t) => refused(hai(t), stateWord(t, instance.InstanceState)))),
    confirmTitle: (t, name) => hai(t).confirm[`${id}Title`](name),
    confirmBody: (t) => hai(t).confirm[`${id}Body`],
    Dialog: lazyDialog(() => import('../components/lifecycle-dialog.tsx'), 'HaiLifecycleDialog'),
  };
}

/** Why `action` cannot be done to `instance` by someone with `role`: the role first, then the state. */
export function haiRefusal(action: HaiAction, instance: HaiInstance, role: Role, t: Messages): string | undefined {
  return refusalOf(action, [instance], role, t, (i) => i.InstanceName || i.InstanceId, true);
}
