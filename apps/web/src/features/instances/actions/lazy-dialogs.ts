import { lazy } from 'react';

// The confirmations load the first time one opens: most visits to the list never open one, so their code and words
// stay out of the list's first load. useActionDialog renders them inside <Suspense>.
export const StartDialog = lazy(() => import('../components/actions/start-dialog.tsx').then((m) => ({ default: m.StartDialog })));
export const StopDialog = lazy(() => import('../components/actions/stop-dialog.tsx').then((m) => ({ default: m.StopDialog })));
export const RebootDialog = lazy(() => import('../components/actions/reboot-dialog.tsx').then((m) => ({ default: m.RebootDialog })));
export const TerminateDialog = lazy(() => import('../components/actions/terminate-dialog.tsx').then((m) => ({ default: m.TerminateDialog })));

// The changes (issue 6), each with its quote and choices: one chunk for all of them, loaded when the first one opens.
type ChangeDialogs = typeof import('../components/modify/index.ts');
const change = <K extends keyof ChangeDialogs>(name: K) => lazy(() => import('../components/modify/index.ts').then((m) => ({ default: m[name] })));
export const ResizeDialog = change('ResizeDialog');
export const ResizeDisksDialog = change('ResizeDisksDialog');
export const BandwidthDialog = change('BandwidthDialog');
export const RenameDialog = change('RenameDialog');
export const ResetPasswordDialog = change('ResetPasswordDialog');
export const ReinstallDialog = change('ReinstallDialog');
export const ChargeTypeDialog = change('ChargeTypeDialog');
export const RenewDialog = change('RenewDialog');
export const VncDialog = change('VncDialog');
/** The name editor of InlineRename. */
export const RenameEditor = change('RenameEditor');
