import type { ComponentType } from 'react';
import type { ActionSpec } from '@cvm/shared';
import type { Messages } from '../i18n/en.ts';

// One action the console offers on something it lists (an instance, an HAI instance, a network interface), as data,
// after Skyline's actions/ folders: one file says what the action is called in both languages, its icon, the cloud
// action it calls (whose least role comes with it), where it is offered, when it is allowed and why not, and its
// dialog, loaded on first use. Toolbars, row menus and detail panels are built from these files (collect-actions.ts),
// so a rule is written once and a new action is one file here plus its dialog.

/**
 * Why an action is not offered, in words. `who` names the thing it is about: "this one" where the action was asked
 * for one thing alone (its row, its detail), its name in a batch.
 */
export type Refusal = (t: Messages, who: string) => string;

/** What `allowed` answers: ok, or a reason in words. */
export type Verdict = { ok: true } | { ok: false; reason: Refusal };

export const OK: Verdict = { ok: true };
export const refuse = (reason: Refusal): Verdict => ({ ok: false, reason });

/** Where an action is offered: the toolbar over ticked rows, a row's own menu or buttons, the detail panel. */
export type Placement = 'toolbar' | 'row' | 'detail';

/**
 * Actions of one group stand together, groups in this order: what starts and stops a thing, what changes it, what
 * hands it to another service (Batch), what only looks (compare their monitoring). A toolbar or menu draws a separator
 * or a labelled group between them.
 */
export const ACTION_GROUPS = ['lifecycle', 'change', 'handover', 'observe'] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

export interface UiAction<Target, DialogProps> {
  /** Unique among the actions on the same kind of thing; the key of its button and menu item. */
  id: string;
  group: ActionGroup;
  /** Its place within its group (ascending). */
  order: number;
  offeredIn: readonly Placement[];
  label: (t: Messages) => string;
  icon?: ComponentType;
  /** The cloud action it calls; its least role decides whether the person may be offered it. */
  spec: ActionSpec;
  /** Drawn in red: it destroys something. */
  danger?: boolean;
  /**
   * Done every day (log in, start, stop, reboot): a button where room is short — the detail panel — while the rest
   * wait in its "More actions" menu.
   */
  everyday?: boolean;
  /** The main thing to do where it stands (drawn as the primary button), e.g. creating a network interface. */
  prominent?: boolean;
  /** Whether the action may be asked for this thing, from its state and settings. */
  allowed: (target: Target) => Verdict;
  /** Rules about a batch as a whole (e.g. no mixing of billing modes), checked after each one passes. */
  allowedTogether?: (targets: Target[]) => Verdict;
  /** The dialog that confirms or collects its choices and makes the call; lazily loaded (lazy-dialog.ts). */
  Dialog: ComponentType<DialogProps>;
}
