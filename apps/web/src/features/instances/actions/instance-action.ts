import type { ComponentType } from 'react';
import type { ActionSpec, Instance, InstanceState } from '@cvm/shared';
import type { ActionRef } from '../../../api/actions.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { Messages } from '../../../i18n/en.ts';

/**
 * Why an action is not offered, in words. `who` names the instance it is about: "this one" where the action was
 * asked for that instance alone (its row, its detail), its name in a batch.
 */
export type Refusal = (t: Messages, who: string) => string;

/** What `allowed` answers: ok, or a reason in words. */
export type Verdict = { ok: true } | { ok: false; reason: Refusal };

export const OK: Verdict = { ok: true };
export const refuse = (reason: Refusal): Verdict => ({ ok: false, reason });

export interface ActionDialogProps {
  action: InstanceAction;
  instances: Instance[];
  scope: CloudScope;
  onClose: () => void;
  /** After the cloud accepted the action: the owner clears the selection and closes the dialog. */
  onSucceeded: () => void;
}

/**
 * One lifecycle action, as data (after Skyline's actions/ folders): the toolbar, the row menu and the detail panel
 * are all built from the same list, so a rule is written once. The catalog's least role comes with `spec`, so the
 * console can say "Needs the operator role" instead of offering a button the server would refuse.
 */
export type LifecycleActionId = 'start' | 'stop' | 'reboot' | 'terminate';
export type ModifyActionId = 'resize' | 'resizeDisks' | 'bandwidth' | 'rename' | 'resetPassword' | 'reinstall' | 'chargeType' | 'renew' | 'vnc';
/** Batch: adding instances to a compute environment (which reinstalls them). */
export type BatchActionId = 'addToBatch';

export interface InstanceAction {
  id: LifecycleActionId | ModifyActionId | BatchActionId;
  label: (t: Messages) => string;
  icon: ComponentType;
  /** The cloud action it calls (its least role included). */
  spec: ActionRef<ActionSpec>;
  /** Drawn in red: it destroys something. */
  danger?: boolean;
  /**
   * What an affected row shows the moment the cloud accepts a lifecycle action; the status watch follows it from there.
   * Changes (resize, reinstall...) decide in their dialogs, where the choice (stop first, force) is made.
   */
  stateAfter?: (instance: Instance) => InstanceState;
  /** Whether the action may be asked for this instance, from its state and settings. */
  allowed: (instance: Instance) => Verdict;
  /** Rules about the batch as a whole (e.g. no mixing of billing modes), checked after each instance passes. */
  allowedTogether?: (instances: Instance[]) => Verdict;
  /** The confirmation dialog: its options, and the call. */
  Confirmation: ComponentType<ActionDialogProps>;
}
