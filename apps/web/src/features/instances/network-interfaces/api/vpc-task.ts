import { vpc, type VpcTaskResult } from '@cvm/shared';
import { callAction } from '../../../../api/call-action.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { sleep as abortableSleep } from '../../../../lib/sleep.ts';

// AttachNetworkInterface and DetachNetworkInterface are asynchronous: the call's RequestId is the TaskId that
// vpc.DescribeVpcTaskResult reports RUNNING until it lands as SUCCESS or FAILED (a bind takes a few seconds).

/** Waits between reads of a task: quick at first, when most land, then every 2 s. */
export const TASK_POLL_DELAYS_MS = [500, 1_000, 1_500, 2_000] as const;
/** A task still running after this long is reported as such rather than waited for without end. */
export const TASK_POLL_LIMIT_MS = 5 * 60_000;

export function taskPollDelay(attempt: number): number {
  return TASK_POLL_DELAYS_MS[Math.min(attempt, TASK_POLL_DELAYS_MS.length - 1)]!;
}

/** The task was still RUNNING when the console stopped waiting for it. */
export class TaskStillRunningError extends Error {
  constructor(readonly taskId: string) {
    super(`The task ${taskId} is still running`);
  }
}

export interface WaitOptions {
  signal: AbortSignal;
  /** Replaced in tests: a clock that does not wait. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
  limitMs?: number;
}

/**
 * Reads a task with `read` until it is no longer RUNNING, waiting `taskPollDelay` between reads, and answers its last
 * result (SUCCESS or FAILED). A read that fails ends the wait with that error; one still RUNNING after `limitMs` with
 * TaskStillRunningError.
 */
export async function waitForTask(taskId: string, read: (signal: AbortSignal) => Promise<VpcTaskResult>, options: WaitOptions): Promise<VpcTaskResult> {
  const { signal, sleep = abortableSleep, now = Date.now, limitMs = TASK_POLL_LIMIT_MS } = options;
  const started = now();
  for (let attempt = 0; ; attempt++) {
    await sleep(taskPollDelay(attempt), signal);
    const result = await read(signal);
    if (result.Status !== 'RUNNING') return result;
    if (now() - started > limitMs) throw new TaskStillRunningError(taskId);
  }
}

/** Follows a VPC task of this account and region (vpc.DescribeVpcTaskResult) until it lands. */
export function waitForVpcTask(scope: CloudScope, taskId: string, signal: AbortSignal): Promise<VpcTaskResult> {
  return waitForTask(taskId, (s) => callAction(vpc.DescribeVpcTaskResult, { TaskId: taskId }, scope, s), { signal });
}
