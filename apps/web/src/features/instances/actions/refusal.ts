import type { Instance, Role } from '@cvm/shared';
import { refusalOf as refusalOfAction, splitBatch as splitBatchOf, type BatchSplit } from '../../../actions/action-refusal.ts';
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

/** Why `action` cannot be done to `instances` by someone with `role` (see actions/action-refusal.ts), or undefined. */
export function refusalOf(action: InstanceAction, instances: Instance[], role: Role, t: Messages, single = false): string | undefined {
  return refusalOfAction(action, instances, role, t, instanceLabel, single);
}

/** A billing mode in the reader's language, or as the cloud spells it. */
export function chargeWord(t: Messages, instance: Instance): string {
  return Object.hasOwn(t.chargeTypes, instance.InstanceChargeType) ? t.chargeTypes[instance.InstanceChargeType] : instance.InstanceChargeType;
}

/** The instances a toolbar action runs on and the ones it skips, with why (see actions/action-refusal.ts). */
export function splitBatch(action: InstanceAction, instances: Instance[], role: Role, t: Messages): BatchSplit<Instance> {
  return splitBatchOf(action, instances, role, t, instanceLabel);
}
