import { useCallback, useSyncExternalStore } from 'react';
import type { CloudScope } from '../../api/cloud-scope.ts';

// The instances a purchase just created, told from the create wizard to the list it goes back to: the list names
// them in a notice (the cloud may take a moment to list new instances, and a person wants the IDs). Memory only: a
// reload or another purchase replaces it.

interface Launch {
  account: string;
  region: string;
  ids: readonly string[];
}

let current: Launch | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function announceLaunch(scope: CloudScope, ids: readonly string[]): void {
  current = { account: scope.account, region: scope.region, ids };
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The IDs just created in this account and region, if any, and a way to dismiss the notice. */
export function useLaunchedInstances(scope: CloudScope | undefined): { ids: readonly string[] | undefined; dismiss: () => void } {
  const launch = useSyncExternalStore(subscribe, () => current);
  const dismiss = useCallback(() => {
    current = null;
    emit();
  }, []);
  const here = launch && scope && launch.account === scope.account && launch.region === scope.region;
  return { ids: here ? launch.ids : undefined, dismiss };
}
