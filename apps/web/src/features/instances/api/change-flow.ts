import { cvm, type Instance, type InstanceState } from '@cvm/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { changeMayHaveHappened } from '../../../api/console-error.ts';
import { sleep } from '../../../lib/sleep.ts';
import { instanceKeys } from '../../../cloud/cvm/describe-instances.ts';
import { followIfMayHaveHappened } from './follow-lost-answer.ts';
import { patchInstances } from './patch-instances.ts';
import { markTransitional, type StateAfter } from './run-instance-action.ts';

/**
 * How a change that needs a stopped instance (a new type, a bigger disk, a new password) treats a running one:
 * - stop-first: the console stops it (StopInstances, a normal shutdown), watches it until it is STOPPED, then asks
 *   for the change; it stays stopped afterwards;
 * - force: the change is asked for with ForceStop, and the cloud stops it, changes it and starts it again;
 * - online: the change is made while it runs (ResizeOnline, disks only).
 */
export type RunningChoice = 'stop-first' | 'force' | 'online';

/** Where a change is: nothing sent yet, stopping, waiting for STOPPED, asking for the change, accepted. */
export type FlowStep = 'idle' | 'stopping' | 'waiting' | 'changing' | 'done';

export interface ChangeRequest {
  instance: Instance;
  /** The cloud's LatestOperation for the change, e.g. ResetInstancesType: the row shows it until it lands. */
  operation: string;
  /** For a running instance; ignored for a stopped one. */
  choice: RunningChoice;
  /** Asks for the change itself; `forceStop` and `online` say how a running instance is treated. */
  send: (how: { forceStop: boolean; online: boolean }) => Promise<unknown>;
}

/**
 * Shows an accepted change (a new type, a bigger disk...) as under way: LatestOperation names it and its state is
 * OPERATING, which the row shows ("Resizing…") and useTransitionWatch follows until it is SUCCESS or FAILED, even on an
 * instance that stays STOPPED (or RUNNING) throughout. `stateAfter` also moves the state (STOPPING for a forced stop).
 */
export function markOperating(client: QueryClient, scope: CloudScope, ids: readonly string[], operation: string, stateAfter?: StateAfter): void {
  patchInstances(client, scope, ids, (instance) => ({
    ...instance,
    ...(stateAfter ? { InstanceState: stateAfter(instance) } : {}),
    LatestOperation: operation,
    LatestOperationState: 'OPERATING',
    LatestOperationErrorMsg: null,
  }));
}

/** Waits between status reads while the console waits for its own stop: quick at first, then backing off. */
const WAIT_BACKOFF_MS = [1_000, 1_500, 2_000, 3_000, 5_000];
/** A stop that takes longer than this is reported rather than waited for without end. */
const WAIT_LIMIT_MS = 5 * 60_000;

/** Thrown when the instance the console stopped did not reach STOPPED (the stop failed when it landed, or took too long). */
export class DidNotStopError extends Error {
  constructor(readonly state: InstanceState | undefined) {
    super(`The instance did not stop (${state ?? 'not found'})`);
  }
}

/** Reads the instance's state (DescribeInstancesStatus, this instance only) until it is STOPPED. */
async function waitUntilStopped(scope: CloudScope, id: string, signal: AbortSignal, onState: (state: InstanceState) => void): Promise<void> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    await sleep(WAIT_BACKOFF_MS[Math.min(attempt, WAIT_BACKOFF_MS.length - 1)]!, signal);
    const response = await callAction(cvm.DescribeInstancesStatus, { InstanceIds: [id] }, scope, signal);
    const state = response.InstanceStatusSet.find((status) => status.InstanceId === id)?.InstanceState;
    if (state) onState(state);
    if (state === 'STOPPED') return;
    if (state !== 'STOPPING' || Date.now() - started > WAIT_LIMIT_MS) throw new DidNotStopError(state);
  }
}

/**
 * Runs one change on one instance, the stop-first way included, and shows every step: the row turns Stopping, then
 * Stopped, then shows the change under way (markOperating), which useTransitionWatch follows until it lands. The steps
 * belong to the dialog that started them: closing it stops the console from going on (a stopped instance stays
 * stopped, unchanged), and nothing is sent twice, since an instance this flow has already stopped is not stopped again.
 */
export function useChangeFlow(scope: CloudScope) {
  const client = useQueryClient();
  const [step, setStep] = useState<FlowStep>('idle');
  const [error, setError] = useState<unknown>(null);
  const [observed, setObserved] = useState<InstanceState | undefined>(undefined);
  const controller = useRef<AbortController | null>(null);
  /** The console stopped this instance already (a later step failed): a retry goes straight to the change. */
  const stoppedByUs = useRef(false);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (request: ChangeRequest, onAccepted: () => void) => {
      const abort = new AbortController();
      controller.current = abort;
      const id = request.instance.InstanceId;
      setError(null);
      try {
        const running = request.instance.InstanceState === 'RUNNING' && !stoppedByUs.current;
        if (running && request.choice === 'stop-first') {
          setStep('stopping');
          await callAction(cvm.StopInstances, { InstanceIds: [id] }, scope);
          stoppedByUs.current = true;
          await client.cancelQueries({ queryKey: instanceKeys.lists(scope) });
          markTransitional(client, scope, [id], () => 'STOPPING');
          setObserved('STOPPING');
          setStep('waiting');
          await waitUntilStopped(scope, id, abort.signal, setObserved);
          markTransitional(client, scope, [id], () => 'STOPPED');
        }
        if (abort.signal.aborted) return;
        setStep('changing');
        const forceStop = running && request.choice === 'force';
        await request.send({ forceStop, online: running && request.choice === 'online' });
        await client.cancelQueries({ queryKey: instanceKeys.lists(scope) });
        markOperating(client, scope, [id], request.operation, forceStop ? () => 'STOPPING' : undefined);
        setStep('done');
        onAccepted();
      } catch (caught) {
        if (abort.signal.aborted) return;
        setError(caught);
        setStep('idle');
        // A stop or a change whose answer was lost may be under way. Not a mutation, so the query client's re-read of
        // what is on screen does not see it: the instances are read again here, and followed until they show it.
        if (changeMayHaveHappened(caught)) {
          void client.invalidateQueries({ queryKey: instanceKeys.lists(scope) });
          void client.invalidateQueries({ queryKey: instanceKeys.details(scope) });
          void followIfMayHaveHappened(client, scope, [id], caught);
        }
      }
    },
    [client, scope],
  );

  return { run, step, error, observed, pending: step !== 'idle' && step !== 'done', stoppedByUs: stoppedByUs.current };
}
