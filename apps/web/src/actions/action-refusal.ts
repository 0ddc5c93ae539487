import { roleAllows, type Role } from '@cvm/shared';
import type { Messages } from '../i18n/en.ts';
import type { UiAction } from './ui-action.ts';

/**
 * Why `action` cannot be done to `targets` by someone with `role`, or undefined when it can. The role comes first: a
 * viewer learns that the action needs another role, not that one instance is in the wrong state. `single` says the
 * action was asked for one thing on its own (its row or detail), where the reason says "this one"; otherwise each is
 * named by `nameOf`.
 */
export function refusalOf<T>(
  action: Pick<UiAction<T, unknown>, 'spec' | 'allowed' | 'allowedTogether'>,
  targets: readonly T[],
  role: Role,
  t: Messages,
  nameOf: (target: T) => string,
  single = false,
): string | undefined {
  // All or nothing: the first thing it is not allowed for refuses it, as it would refuse it on its own.
  const split = splitBatch(action, targets, role, t, single ? () => t.actions.thisOne : nameOf);
  return split.skipped[0]?.reason ?? split.refusal;
}

/** What a batch action does to the ticked things: the ones it is allowed for, and the ones it skips, each with why. */
export interface BatchSplit<T> {
  eligible: T[];
  skipped: { target: T; reason: string }[];
  /** Why it cannot run at all (the role, nothing eligible, a rule about the batch as a whole), or undefined. */
  refusal?: string;
}

/**
 * A batch runs on the things it is allowed for and skips the rest, naming each with its reason, rather than refusing
 * the whole selection for one odd row. The role, and the rules about a batch as a whole, still refuse it outright.
 */
export function splitBatch<T>(
  action: Pick<UiAction<T, unknown>, 'spec' | 'allowed' | 'allowedTogether'>,
  targets: readonly T[],
  role: Role,
  t: Messages,
  nameOf: (target: T) => string,
): BatchSplit<T> {
  if (!roleAllows(role, action.spec.minRole)) return { eligible: [], skipped: [], refusal: t.actions.needsRole(action.spec.minRole) };
  if (targets.length === 0) return { eligible: [], skipped: [], refusal: t.actions.nothingSelected };
  const eligible: T[] = [];
  const skipped: BatchSplit<T>['skipped'] = [];
  for (const target of targets) {
    const verdict = action.allowed(target);
    if (verdict.ok) eligible.push(target);
    else skipped.push({ target, reason: verdict.reason(t, nameOf(target)) });
  }
  if (eligible.length === 0) return { eligible, skipped, refusal: skipped[0]!.reason };
  const together = action.allowedTogether?.(eligible);
  if (together && !together.ok) return { eligible: [], skipped, refusal: together.reason(t, '') };
  return { eligible, skipped };
}
