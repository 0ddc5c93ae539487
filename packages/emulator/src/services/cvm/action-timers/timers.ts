import { randomUUID } from 'node:crypto';
import { parseCloudTime, type cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { ActionTimerRecord } from '../../../state/action-timer-record.ts';
import { beijingTime, cloudTime } from '../../../state/cloud-time.ts';
import { uuid } from '../../../state/random.ts';
import type { RegionWorld, World } from '../../../state/world.ts';
import type { ActionHandler, RequestContext } from '../../action-handler.ts';
import { noExternals } from '../externals.ts';
import { terminateInstances } from '../lifecycle.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';

// What the action timer actions share: reading the times they take, setting a timer on the world's timeline, running
// its action when it is due, and its Status. A timer's wait is a change like any other, landed lazily against the
// clock whenever anyone reads or changes the world (any region: the timeline is one), so a timer fires even when nobody
// asks until later — and the action it runs starts as of when it was due (Timeline.now).

/** What each TimerAction runs: the very handler a call to that action runs, so the same rules and transitions apply. */
const TIMER_HANDLERS: Record<cvm.TimerAction, ActionHandler> = { TerminateInstances: terminateInstances };

/** The ActionTimer structure's form, `2018-05-29T11:26:40Z` (UTC), or the reference's examples' `2018-08-01 20:00:00`. */
const TIME_FORMAT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z| \d{2}:\d{2}:\d{2})$/;

/**
 * A time a timer action takes, in emulator ms; InvalidParameterValue.InvalidTimeFormat (17092, 17919) for anything else,
 * a day or hour that does not exist included. Without a zone it is Beijing time, as the cloud's zoneless times are
 * (parseCloudTime; the emulator README's creation-time filters).
 */
export function parseTimerTime(value: string, parameter: string): number {
  const ms = TIME_FORMAT.test(value) ? parseCloudTime(value)?.getTime() : undefined;
  // Written back the same way, a real time reads the same: 2024-02-30 does not (Date rolls it over to March).
  if (ms === undefined || (value.endsWith('Z') ? cloudTime(ms) : beijingTime(ms)) !== value) {
    throw new CloudError('InvalidParameterValue.InvalidTimeFormat', `\`${parameter}\` \`${value}\` is not a time: use YYYY-MM-DDThh:mm:ssZ (UTC).`);
  }
  return ms;
}

/** UNDO until due; DOING while the action it ran is under way; DONE after, or when its action was refused when due. */
export function timerStatus(timer: ActionTimerRecord): cvm.ActionTimerStatus {
  if (timer.wait.status === 'under way') return 'UNDO';
  return timer.run?.status === 'under way' ? 'DOING' : 'DONE';
}

/** A timer as DescribeInstancesActionTimer answers it. */
export function describedTimer(timer: ActionTimerRecord): cvm.ActionTimer {
  const { ActionTimerId, InstanceId, TimerAction, dueAt } = timer;
  return { ActionTimerId, InstanceId, TimerAction, ActionTime: cloudTime(dueAt), Externals: noExternals(), Status: timerStatus(timer) };
}

/**
 * Runs a due timer's action on its instance, as a call would, and keeps the change it started. Refused now (the
 * instance terminated meanwhile, protected or busy), the timer is DONE having run nothing: the reference defines no
 * failed status. The operation records its own RequestId as LatestOperationRequestId, as a call's would.
 */
function runTimer(world: World, region: RegionWorld, timer: ActionTimerRecord): void {
  const ctx: RequestContext = { world, region, language: 'en-US', requestId: randomUUID() };
  try {
    TIMER_HANDLERS[timer.TimerAction].handle(ctx, { InstanceIds: [timer.InstanceId] });
    timer.run = region.instances.get(timer.InstanceId)?.change;
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
  }
}

/** Sets a timer for one instance, due at `dueAt`, and keeps it in the region. */
export function setTimer(ctx: RequestContext, InstanceId: string, TimerAction: cvm.TimerAction, dueAt: number): ActionTimerRecord {
  const { world, region } = ctx;
  let ActionTimerId: string;
  do ActionTimerId = uuid(world.random);
  while (region.actionTimers.has(ActionTimerId));
  const timer = { ActionTimerId, InstanceId, TimerAction, dueAt } as ActionTimerRecord;
  timer.wait = world.changes.start<'DUE'>({
    transition: CVM_TRANSITIONS.actionTimer,
    legs: [{ to: 'DUE', at: dueAt, onArrive: () => runTimer(world, region, timer) }],
    injectFaults: false,
  });
  region.actionTimers.set(ActionTimerId, timer);
  return timer;
}
