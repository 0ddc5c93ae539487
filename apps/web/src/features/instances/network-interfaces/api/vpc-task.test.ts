import { describe, expect, it } from 'vitest';
import type { VpcTaskResult } from '@cvm/shared';
import { TASK_POLL_LIMIT_MS, TaskStillRunningError, taskPollDelay, waitForTask } from './vpc-task.ts';

const result = (Status: VpcTaskResult['Status'], Output = ''): VpcTaskResult => ({ Status, Output, Result: null });

/** A clock that moves only when the code under test sleeps, and remembers every wait. */
function fakeClock() {
  let time = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => time,
    sleep: async (ms: number) => {
      waits.push(ms);
      time += ms;
    },
  };
}

describe('taskPollDelay', () => {
  it('starts at 500 ms and backs off to every 2 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(taskPollDelay)).toEqual([500, 1_000, 1_500, 2_000, 2_000, 2_000]);
  });
});

describe('waitForTask', () => {
  it('reads until the task is no longer RUNNING, backing off between reads', async () => {
    const clock = fakeClock();
    const answers = [result('RUNNING'), result('RUNNING'), result('RUNNING'), result('RUNNING'), result('SUCCESS', 'SUCCESS')];
    const landed = await waitForTask('t-1', async () => answers.shift()!, { signal: new AbortController().signal, ...clock });
    expect(landed.Status).toBe('SUCCESS');
    expect(clock.waits).toEqual([500, 1_000, 1_500, 2_000, 2_000]);
  });

  it('answers a FAILED task as its result, with the output that says why', async () => {
    const clock = fakeClock();
    const landed = await waitForTask('t-2', async () => result('FAILED', 'UnsupportedOperation.InvalidState: the instance left RUNNING'), {
      signal: new AbortController().signal,
      ...clock,
    });
    expect(landed).toMatchObject({ Status: 'FAILED', Output: expect.stringContaining('InvalidState') });
  });

  it('gives up on a task that is still running after the limit', async () => {
    const clock = fakeClock();
    const wait = waitForTask('t-3', async () => result('RUNNING'), { signal: new AbortController().signal, ...clock });
    await expect(wait).rejects.toBeInstanceOf(TaskStillRunningError);
    expect(clock.now()).toBeGreaterThan(TASK_POLL_LIMIT_MS);
  });

  it('ends with the error of a read that fails', async () => {
    const clock = fakeClock();
    const failure = new Error('ResourceNotFound');
    await expect(waitForTask('t-4', async () => Promise.reject(failure), { signal: new AbortController().signal, ...clock })).rejects.toBe(failure);
  });

  it('stops reading once aborted', async () => {
    const controller = new AbortController();
    let reads = 0;
    const wait = waitForTask(
      't-5',
      async () => {
        reads++;
        controller.abort(new Error('closed'));
        return result('RUNNING');
      },
      { signal: controller.signal, limitMs: 60_000 },
    );
    await expect(wait).rejects.toThrow('closed');
    expect(reads).toBe(1);
  });
});
