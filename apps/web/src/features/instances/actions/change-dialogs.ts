import { changeDialog } from './lazy-dialogs.ts';

// The change dialogs, each with its quote and choices; their code loads the first time one opens (one chunk for all,
// with the rename dialog).
export const ResizeDialog = changeDialog('ResizeDialog');
export const ResizeDisksDialog = changeDialog('ResizeDisksDialog');
export const BandwidthDialog = changeDialog('BandwidthDialog');
export const ResetPasswordDialog = changeDialog('ResetPasswordDialog');
export const ReinstallDialog = changeDialog('ReinstallDialog');
export const ChargeTypeDialog = changeDialog('ChargeTypeDialog');
export const RenewDialog = changeDialog('RenewDialog');
export const VncDialog = changeDialog('VncDialog');
