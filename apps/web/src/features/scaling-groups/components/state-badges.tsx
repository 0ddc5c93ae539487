import type { ScalingActivityStatus, ScalingGroupLifecycleState, ScalingInstance } from '@cvm/shared';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { scalingMessages } from '../messages.ts';

// The badges of the three things that have a state here: a group, a member instance and an activity. A state that is
// still changing pulses.

const groupTones: Record<ScalingGroupLifecycleState, BadgeTone> = { Active: 'success', Inactive: 'neutral', Deleting: 'warning' };
const memberTones: Record<ScalingInstance['LifecycleState'], BadgeTone> = { InService: 'success', Pending: 'info', Removing: 'warning' };
const activityTones: Record<ScalingActivityStatus, BadgeTone> = { InProgress: 'info', Successful: 'success', Warning: 'warning', Failed: 'danger', Rejected: 'danger' };

export function GroupStateBadge({ state }: { state: ScalingGroupLifecycleState }) {
  const m = useLocalized(scalingMessages);
  return (
    <Badge tone={groupTones[state]} dot={state === 'Deleting' ? 'pulse' : true}>
      {m.groupStates[state]}
    </Badge>
  );
}

export function MemberStateBadge({ state }: { state: ScalingInstance['LifecycleState'] }) {
  const m = useLocalized(scalingMessages);
  return (
    <Badge tone={memberTones[state]} dot={state === 'InService' ? true : 'pulse'} title={state}>
      {m.memberStates[state]}
    </Badge>
  );
}

export function ActivityStatusBadge({ status }: { status: ScalingActivityStatus }) {
  const m = useLocalized(scalingMessages);
  return (
    <Badge tone={activityTones[status]} dot={status === 'InProgress' ? 'pulse' : true}>
      {m.activityStates[status]}
    </Badge>
  );
}
