import type { HaiInstanceState } from '@cvm/shared';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { isChanging } from '../api/describe-instances.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { haiMessages } from '../messages.ts';

const TONES: Record<HaiInstanceState, BadgeTone> = {
  RUNNING: 'success',
  STOPPED_NO_CHARGE: 'neutral',
  PENDING: 'info',
  STARTING: 'info',
  STOPPING: 'info',
  ARREARS: 'warning',
  TERMINATING: 'danger',
  LAUNCH_FAILED: 'danger',
  TERMINATED: 'neutral',
};

/** An HAI instance's state in words, its dot pulsing while it changes; a state newer than ours shows as the cloud spells it. */
export function HaiStateBadge({ state }: { state: HaiInstanceState }) {
  const h = useLocalized(haiMessages);
  const label = Object.hasOwn(h.states, state) ? h.states[state] : state;
  const tone = Object.hasOwn(TONES, state) ? TONES[state] : 'neutral';
  return (
    <Badge tone={tone} dot={isChanging(state) ? 'pulse' : true} title={state}>
      {label}
    </Badge>
  );
}
