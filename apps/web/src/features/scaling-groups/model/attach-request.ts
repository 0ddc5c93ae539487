import type { ParamsOf, ess } from '@cvm/shared';
import { parseWeight } from './weight.ts';

// The dialog's choice — instances in the order they were ticked, each with the weight text typed for it — and the
// AttachInstances request it becomes: InstanceId.N and LoadBalancerWeight.N at the same positions.

export interface ChosenInstance {
  instanceId: string;
  /** For the dialog's words only; the cloud takes IDs. */
  name: string;
  weightText: string;
}

export type AttachParams = ParamsOf<typeof ess.AttachInstances>;

/** The request for a choice, or undefined while any chosen weight is not a whole number from 0 to 100. */
export function toAttachParams(groupId: string, chosen: readonly ChosenInstance[]): AttachParams | undefined {
  const weights: number[] = [];
  for (const item of chosen) {
    const check = parseWeight(item.weightText);
    if (!check.ok) return undefined;
    weights.push(check.value);
  }
  if (chosen.length === 0) return undefined;
  return { ScalingGroupId: groupId, InstanceId: chosen.map((c) => c.instanceId), LoadBalancerWeight: weights };
}
