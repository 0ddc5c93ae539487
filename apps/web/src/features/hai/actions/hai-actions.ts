import { roleAllows, type ActionSpec, type HaiInstance, type HaiInstanceState, type Role } from '@cvm/shared';
import { HaiStartInstance, HaiStopInstance, HaiTerminateInstances, type ActionRef } from '../../../api/actions.ts';
import type { Messages } from '../../../i18n/en.ts';
import type { HaiLifecycleId } from '../api/lifecycle.ts';

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

const stateWord = (t: Messages, state: HaiInstanceState) => (Object.hasOwn(t.hai.states, state) ? t.hai.states[state] : state);
const TERMINABLE: readonly HaiInstanceState[] = ['RUNNING', 'STOPPED_NO_CHARGE', 'LAUNCH_FAILED', 'ARREARS'];

export const HAI_ACTIONS: readonly HaiAction[] = [
  {
    id: 'start',
    label: (t) => t.hai.actions.start,
    spec: HaiStartInstance,
    refusal: (i, t) => (i.InstanceState === 'STOPPED_NO_CHARGE' ? undefined : t.hai.actions.startNeedsStopped(stateWord(t, i.InstanceState))),
    confirmTitle: (t, name) => t.hai.confirm.startTitle(name),
    confirmBody: (t) => t.hai.confirm.startBody,
  },
  {
    id: 'stop',
    label: (t) => t.hai.actions.stop,
    spec: HaiStopInstance,
    refusal: (i, t) => (i.InstanceState === 'RUNNING' ? undefined : t.hai.actions.stopNeedsRunning(stateWord(t, i.InstanceState))),
    confirmTitle: (t, name) => t.hai.confirm.stopTitle(name),
    confirmBody: (t) => t.hai.confirm.stopBody,
  },
  {
    id: 'terminate',
    label: (t) => t.hai.actions.terminate,
    spec: HaiTerminateInstances,
    danger: true,
    refusal: (i, t) => (TERMINABLE.includes(i.InstanceState) ? undefined : t.hai.actions.terminateBusy(stateWord(t, i.InstanceState))),
    confirmTitle: (t, name) => t.hai.confirm.terminateTitle(name),
    confirmBody: (t) => t.hai.confirm.terminateBody,
  },
];

/** Why `action` cannot be done to `instance` by someone with `role`: the role first, then the state. */
export function haiRefusal(action: HaiAction, instance: HaiInstance, role: Role, t: Messages): string | undefined {
  if (!roleAllows(role, action.spec.minRole)) return t.actions.needsRole(action.spec.minRole);
  return action.refusal(instance, t);
}
