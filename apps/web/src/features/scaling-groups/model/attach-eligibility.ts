import type { EcsInstance, ScalingGroup } from '@cvm/shared';

// Whether an ECS instance may join a scaling group, worked out in the browser from what the lists already say, in the
// order ESS AttachInstances checks (seed 003): already in a group, not Running, classic vs VPC, another VPC. What the
// lists cannot show (a load balancer that is down) is left to the cloud, whose refusal is shown as it comes.

/** ESS takes at most 20 instances per AttachInstances call. */
export const MAX_ATTACH_PER_CALL = 20;

export type Ineligibility =
  /** Already a member: of this group (`groupId` is the group's own ID) or of another one. */
  | { code: 'inGroup'; groupId: string }
  | { code: 'notRunning'; status: EcsInstance['Status'] }
  /** A classic-network instance for a VPC group. */
  | { code: 'classicInstance' }
  /** A VPC instance for a classic-network group. */
  | { code: 'vpcInstance' }
  | { code: 'otherVpc'; vpcId: string };

/** A classic-network group has no VPC (ESS answers VpcId ''). */
export function isClassicGroup(group: Pick<ScalingGroup, 'VpcId'>): boolean {
  return group.VpcId === '';
}

/**
 * Why `instance` cannot join `group`, or undefined when nothing the browser knows stands in the way. `ownerGroupId` is
 * the group the instance already belongs to, if any (from DescribeScalingInstances by InstanceId).
 */
export function attachIneligibility(
  instance: Pick<EcsInstance, 'Status' | 'InstanceNetworkType' | 'VpcAttributes'>,
  group: Pick<ScalingGroup, 'VpcId'>,
  ownerGroupId: string | undefined,
): Ineligibility | undefined {
  if (ownerGroupId) return { code: 'inGroup', groupId: ownerGroupId };
  if (instance.Status !== 'Running') return { code: 'notRunning', status: instance.Status };
  const classicGroup = isClassicGroup(group);
  if (!classicGroup && instance.InstanceNetworkType !== 'vpc') return { code: 'classicInstance' };
  if (classicGroup && instance.InstanceNetworkType === 'vpc') return { code: 'vpcInstance' };
  if (!classicGroup && instance.VpcAttributes.VpcId !== group.VpcId) return { code: 'otherVpc', vpcId: instance.VpcAttributes.VpcId };
  return undefined;
}

export type GroupBlocker = { code: 'notActive'; state: ScalingGroup['LifecycleState'] } | { code: 'activityInProgress'; activityId: string };

/** What stops the group taking any instance right now: it is not Active, or one of its activities is still running. */
export function groupBlockers(group: Pick<ScalingGroup, 'LifecycleState'>, runningActivityId: string | undefined): GroupBlocker[] {
  const blockers: GroupBlocker[] = [];
  if (group.LifecycleState !== 'Active') blockers.push({ code: 'notActive', state: group.LifecycleState });
  if (runningActivityId) blockers.push({ code: 'activityInProgress', activityId: runningActivityId });
  return blockers;
}

/**
 * How many more instances the group can take before MaxSize: TotalCapacity counts the members in service and those
 * still being added, which is what ESS holds against MaxSize.
 */
export function roomBeforeMaxSize(group: Pick<ScalingGroup, 'MaxSize' | 'TotalCapacity'>): number {
  return Math.max(0, group.MaxSize - group.TotalCapacity);
}

/** How many may be chosen for one call: the group's room, but never more than one call takes. */
export function selectionLimit(group: Pick<ScalingGroup, 'MaxSize' | 'TotalCapacity'>): number {
  return Math.min(MAX_ATTACH_PER_CALL, roomBeforeMaxSize(group));
}
