import { useEffect, useState } from 'react';
import type { Instance } from '@cvm/shared';
import type { OpenActionDialog } from '../components/actions/use-action-dialog.tsx';
import { INSTANCE_ACTIONS } from './instance-actions.ts';

// An action asked for from outside the list (the command palette) on one instance: the list opens its confirmation
// once that instance's detail is on screen, in the region it lives in — the same dialog, checks and audit as from its
// menu. Kept in memory, not in the URL: a link must never open a confirmation of something its reader did not ask for.

interface PendingAction {
  instanceId: string;
  actionId: string;
}

let pending: PendingAction | undefined;
const listeners = new Set<() => void>();

/** Asks the instance list to open `actionId`'s confirmation for `instanceId` as soon as that instance is shown. */
export function requestInstanceAction(instanceId: string, actionId: string): void {
  pending = { instanceId, actionId };
  for (const listener of listeners) listener();
}

/** Opens the pending action, if it is for `instance` (the open detail's instance, fresh from the cloud). */
export function usePendingInstanceAction(instance: Instance | undefined, open: OpenActionDialog): void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    const onRequest = () => setRequests((n) => n + 1);
    listeners.add(onRequest);
    return () => {
      listeners.delete(onRequest);
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new request (requests) must run this again for the same instance
  useEffect(() => {
    if (!pending || !instance || instance.InstanceId !== pending.instanceId) return;
    const action = INSTANCE_ACTIONS.find((candidate) => candidate.id === pending?.actionId);
    pending = undefined;
    if (action) open(action, [instance]);
  }, [instance, open, requests]);
}
