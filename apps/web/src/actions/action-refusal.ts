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
  if (!roleAllows(role, action.spec.minRole)) return t.actions.needsRole(action.spec.minRole);
  if (targets.length === 0) return t.actions.nothingSelected;
  for (const target of targets) {
    const verdict = action.allowed(target);
    if (!verdict.ok) return verdict.reason(t, single ? t.actions.thisOne : nameOf(target));
  }
  const together = action.allowedTogether?.([...targets]);
  if (together && !together.ok) return together.reason(t, '');
  return undefined;
}
