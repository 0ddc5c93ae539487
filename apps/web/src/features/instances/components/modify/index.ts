// The change dialogs and the name editor, loaded together the first time one of them opens (actions/lazy-dialogs.ts,
// inline-rename.tsx): one chunk for all of them keeps the list's first load small.
export { BandwidthDialog } from './bandwidth-dialog.tsx';
export { ChargeTypeDialog } from './charge-type-dialog.tsx';
export { ReinstallDialog } from './reinstall-dialog.tsx';
export { RenameDialog } from './rename-dialog.tsx';
export { RenameEditor } from './rename-editor.tsx';
export { RenewDialog } from './renew-dialog.tsx';
export { ResetPasswordDialog } from './reset-password-dialog.tsx';
export { ResizeDialog } from './resize-dialog.tsx';
export { ResizeDisksDialog } from './resize-disks-dialog.tsx';
export { VncDialog } from './vnc-dialog.tsx';
