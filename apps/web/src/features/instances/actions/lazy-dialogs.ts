import { lazy } from 'react';

// The confirmations load the first time one opens: most visits to the list never open one, so their code and words
// stay out of the list's first load. useActionDialog renders them inside <Suspense>.
export const StartDialog = lazy(() => import('../components/actions/start-dialog.tsx').then((m) => ({ default: m.StartDialog })));
export const StopDialog = lazy(() => import('../components/actions/stop-dialog.tsx').then((m) => ({ default: m.StopDialog })));
export const RebootDialog = lazy(() => import('../components/actions/reboot-dialog.tsx').then((m) => ({ default: m.RebootDialog })));
export const TerminateDialog = lazy(() => import('../components/actions/terminate-dialog.tsx').then((m) => ({ default: m.TerminateDialog })));
export const AddToBatchDialog = lazy(() => import('../components/batch/add-to-batch-dialog.tsx').then((m) => ({ default: m.AddToBatchDialog })));

// Renaming, which every row offers in place: the dialog (from the row menu) and the in-place editor load with the
// other change dialogs, in one chunk, the first time one of them opens.
type ChangeDialogs = typeof import('../components/modify/index.ts');
export const changeDialog = <K extends keyof ChangeDialogs>(name: K) =>
  lazy(() => import('../components/modify/index.ts').then((m) => ({ default: m[name] })));
export const RenameDialog = changeDialog('RenameDialog');
export const RenameEditor = changeDialog('RenameEditor');
