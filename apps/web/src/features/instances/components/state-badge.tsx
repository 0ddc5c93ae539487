import { TRANSITIONAL_STATES, type InstanceState } from '@cvm/shared';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { useT } from '../../../i18n/use-t.ts';

// Colour follows what a person should feel about the state; the words (not the colour) carry the meaning.
const TONES: Record<InstanceState, BadgeTone> = {
  RUNNING: 'success',
  STOPPED: 'neutral',
  PENDING: 'info',
  STARTING: 'info',
  STOPPING: 'info',
  REBOOTING: 'info',
  ENTER_RESCUE_MODE: 'info',
  EXIT_RESCUE_MODE: 'info',
  ENTER_SERVICE_LIVE_MIGRATE: 'info',
  SERVICE_LIVE_MIGRATE: 'info',
  EXIT_SERVICE_LIVE_MIGRATE: 'info',
  RESCUE_MODE: 'warning',
  SHUTDOWN: 'warning',
  TERMINATING: 'danger',
  LAUNCH_FAILED: 'danger',
};

export function StateBadge({ state }: { state: InstanceState }) {
  const t = useT();
  // A state newer than our type list still shows, in the cloud's own word.
  const label = Object.hasOwn(t.states, state) ? t.states[state] : state;
  const tone = Object.hasOwn(TONES, state) ? TONES[state] : 'neutral';
  return (
    <Badge tone={tone} dot={TRANSITIONAL_STATES.includes(state) ? 'pulse' : true} title={state}>
      {label}
    </Badge>
  );
}
