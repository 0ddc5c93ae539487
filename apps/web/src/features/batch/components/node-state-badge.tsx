import type { ComputeNodeState } from '@cvm/shared';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { isNodeChanging } from '../../../cloud/batch/compute-envs.ts';
import { batchMessages } from '../messages.ts';

const TONES: Record<ComputeNodeState, BadgeTone> = {
  SUBMITTED: 'info',
  CREATING: 'info',
  CREATED: 'info',
  RUNNING: 'success',
  DELETING: 'warning',
  CREATION_FAILED: 'danger',
  ABNORMAL: 'danger',
};

export function NodeStateBadge({ state }: { state: ComputeNodeState }) {
  const m = useLocalized(batchMessages);
  const known = Object.hasOwn(TONES, state);
  return (
    <Badge tone={known ? TONES[state] : 'neutral'} dot={isNodeChanging(state) ? 'pulse' : true} title={state}>
      {known ? m.states[state] : state}
    </Badge>
  );
}
