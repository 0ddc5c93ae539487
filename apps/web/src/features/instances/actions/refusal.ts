import { roleAllows, type Instance, type Role } from '@cvm/shared';
import type { Messages } from '../../../i18n/en.ts';
import type { InstanceAction } from './instance-action.ts';

/** How an instance is named in a sentence: its name, else its ID. */
export function instanceLabel(instance: Instance): string {
  return instance.InstanceName || instance.InstanceId;
}

/** A state in the reader's language, or as the cloud spells it when it is newer than our dictionary. */
export function stateWord(t: Messages, instance: Instance): string {
  return Object.hasOwn(t.states, instance.InstanceState) ? t.states[instance.InstanceState] : instance.InstanceState;
}

/**
 * Why `action` cannot be done to `instances` by someone with `role`, or undefined when it can. The role comes first:
 * a viewer learns that the action needs another role, not that one instance is in the wrong state. `single` says the
 * action was asked for one instance on its own (its row or detail), where the reason says "this one".
 */
export function refusalOf(action: InstanceAction, instances: Instance[], role: Role, t: Messages, single = false): string | undefined {
  if (!roleAllows(role, action.spec.minRole)) return t.actions.needsRole(action.spec.minRole);
  if (instances.length === 0) return t.actions.nothingSelected;
  for (const instance of instances) {
    const verdict = action.allowed(instance);
    if (!verdict.ok) return verdict.reason(t, single ? t.actions.thisOne : instanceLabel(instance));
  }
  const together = action.allowedTogether?.(instances);
  if (together && !together.ok) return together.reason(t, '');
  return undefined;
}

/** A billing mode in the reader's language, or as the cloud spells it. */
export function chargeWord(t: Messages, instance: Instance): string {
  return Object.hasOwn(t.chargeTypes, instance.InstanceChargeType) ? t.chargeTypes[instance.InstanceChargeType] : instance.InstanceChargeType;
}
