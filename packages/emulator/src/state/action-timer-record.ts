import type { cvm } from '@cvm/shared';
import type { Change } from './change-over-time/index.ts';
import type { InstanceTarget } from './instance-record.ts';

/**
 * One action timer of a region (ImportInstancesActionTimer, services/cvm/action-timers/): its wait on the world's
 * timeline lands at its ActionTime and runs its action on the instance; its Status is read from the two changes.
 */
export interface ActionTimerRecord {
  ActionTimerId: string;
  InstanceId: string;
  TimerAction: cvm.TimerAction;
  /** When it is due, in emulator ms: its ActionTime. */
  dueAt: number;
  /** The wait: under way until the timer is due (UNDO). */
  wait: Change<'DUE'>;
  /** The instance's change its action started, once it ran: DOING while under way, DONE after (or when refused). */
  run?: Change<InstanceTarget>;
}
