import { bandwidthAction } from './bandwidth.ts';
import { chargeTypeAction } from './charge-type.ts';
import type { InstanceAction } from './instance-action.ts';
import { reinstallAction } from './reinstall.ts';
import { renameAction } from './rename.ts';
import { renewAction } from './renew.ts';
import { resetPasswordAction } from './reset-password.ts';
import { resizeDisksAction } from './resize-disks.ts';
import { resizeAction } from './resize.ts';
import { vncAction } from './vnc.ts';

/** Changes to one instance, in the order the row menu and the detail panel show them (after the lifecycle actions). */
export const CHANGE_ACTIONS: readonly InstanceAction[] = [
  vncAction,
  renameAction,
  resizeAction,
  resizeDisksAction,
  bandwidthAction,
  resetPasswordAction,
  reinstallAction,
  chargeTypeAction,
  renewAction,
];
