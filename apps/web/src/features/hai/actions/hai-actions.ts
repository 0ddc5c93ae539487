import { roleAllows, type ActionSpec, type HaiInstance, type HaiInstanceState, type Role } from '@cvm/shared';
import { HaiStartInstance, HaiStopInstance, HaiTerminateInstances, type ActionRef } from '../../../api/actions.ts';
import type { Messages } from '../../../i18n/en.ts';
import { localizedFor } from '../../../i18n/localized.ts';
import type { HaiLifecycleId } from '../api/lifecycle.ts';
import { haiMessages } from '../messages.ts';

// Start, stop and terminate as data: when each is allowed (the instance's state and the person's role) and how its
// confirmation reads. The row's buttons are built from this list, so a rule is written once.

export interface HaiAction {
  id: HaiLifecycleId;
  label: (t: Messages) => string;
  spec: ActionRef<ActionSpec>;
  danger?: boolean;
  /** Undefined when the state allows it; else why not, in words. */
  refusal: (instance: HaiInstance, t: Messages) => string | undefined;
  confirmTitle: (t: Messages, name: string) => string;
  confirmBody: (t: Messages) => string;
}

/** HAI's own words, in the language of the main dictionary `t`. */
const hai = (t: Messages) => localizedFor(haiMessages, t);

const stateWord = (t: Messages, state: HaiInstanceState) => (Object.hasOwn(hai(t).states, state) ? hai(t).states[state] : state);

/**
 * An action allowed in the states `allowedIn`; elsewhere `refused` says why, given the state in words. Its label and
 * confirmation are the messages named after its id (actions.stop, confirm.stopTitle, stopBody in messages.ts).
 */
function haiAction(
  id: HaiLifecycleId,
  spec: ActionRef<ActionSpec>,
  allowedIn: readonly HaiInstanceState[],
  refused: (t: Messages, state: string) => string,
  danger?: boolean,
): HaiAction {
  return {
    id,
    label: (t) => hai(t).actions[id],
    spec,
    ...(danger ? { danger } : {}),
    refusal: (i, t) => (allowedIn.includes(i.InstanceState) ? undefined : refused(t, stateWord(t, i.InstanceState))),
    confirmTitle: (t, name) => hai(t).confirm[`${id}Title`](name),
    confirmBody: (t) => hai(t).confirm[`${id}Body`],
  };
}

export const HAI_ACTIONS: readonly HaiAction[] = [
  haiAction('start', HaiStartInstance, ['STOPPED_NO_CHARGE'], (t, state) => hai(t).actions.startNeedsStopped(state)),
  haiAction('stop', HaiStopInstance, ['RUNNING'], (t, state) => hai(t).actions.stopNeedsRunning(state)),
  haiAction('terminate', HaiTerminateInstances, ['RUNNING', 'STOPPED_NO_CHARGE', 'LAUNCH_FAILED', 'ARREARS'], (t, state) => hai(t).actions.terminateBusy(state), true),
];

/** Why `action` cannot be done to `instance` by someone with `role`: the role first, then the state. */
export function haiRefusal(action: HaiAction, instance: HaiInstance, role: Role, t: Messages): string | undefined {
  if (!roleAllows(role, action.spec.minRole)) return t.actions.needsRole(action.spec.minRole);
  return action.refusal(instance, t);
}
