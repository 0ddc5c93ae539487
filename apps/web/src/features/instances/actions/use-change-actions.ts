import { useEffect, useSyncExternalStore } from 'react';
import type { InstanceAction } from './instance-action.ts';

// The changes (resize, disks, password, reinstall, billing...) with their names and refusals load once the list is on
// screen, not with the first page: the list's own actions (start, stop, reboot, terminate) and renaming come first.
// The row menus and the detail panel add them as soon as they are here, normally before anyone opens a menu.

const NONE: readonly InstanceAction[] = [];
let loaded: readonly InstanceAction[] | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load(): Promise<void> {
  loading ??= import('./change-actions.ts').then(
    (module) => {
      loaded = module.CHANGE_ACTIONS;
      for (const listener of listeners) listener();
    },
    // A failed load (the network blinked) is tried again by the next component that needs it.
    () => {
      loading = undefined;
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The change actions, or none while they load (the first call starts loading them). */
export function useChangeActions(): readonly InstanceAction[] {
  const actions = useSyncExternalStore(subscribe, () => loaded);
  useEffect(() => {
    if (!loaded) void load();
  }, []);
  return actions ?? NONE;
}
