import type { InstanceAction } from './instance-action.ts';
import { rebootAction } from './reboot.ts';
import { startAction } from './start.ts';
import { stopAction } from './stop.ts';
import { terminateAction } from './terminate.ts';

/** Every lifecycle action, in the order the toolbar, row menu and detail panel show them. The changes: use-change-actions.ts. */
export const INSTANCE_ACTIONS: readonly InstanceAction[] = [startAction, stopAction, rebootAction, terminateAction];
