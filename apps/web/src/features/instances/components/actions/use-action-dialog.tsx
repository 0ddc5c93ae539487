import { Suspense, useCallback, useState, type ReactNode } from 'react';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import type { InstanceAction } from '../../actions/instance-action.ts';
import { SkippedInstancesContext, type SkippedInstances } from './skipped-context.ts';

/** Opens an action's confirmation for `instances`; a batch passes the ticked instances it leaves out, with why. */
export type OpenActionDialog = (action: InstanceAction, instances: Instance[], skipped?: SkippedInstances) => void;

/**
 * Which confirmation is open, for which instances (as they were when it opened). One owner for the toolbar, the
 * row menus and the detail panel, so only one confirmation can be open at a time.
 */
export function useActionDialog(scope: CloudScope | undefined, onSucceeded: () => void): { open: OpenActionDialog; dialog: ReactNode } {
  const [current, setCurrent] = useState<{ action: InstanceAction; instances: Instance[]; skipped: SkippedInstances } | null>(null);
  const open = useCallback<OpenActionDialog>((action, instances, skipped = []) => setCurrent({ action, instances, skipped }), []);
  const close = useCallback(() => setCurrent(null), []);
  const Dialog = current?.action.Dialog;
  const dialog =
    current && Dialog && scope ? (
      // The dialogs are loaded on first use (actions/lazy-dialog.ts): a blink on the first open, then instant.
      <Suspense fallback={null}>
        <SkippedInstancesContext.Provider value={current.skipped}>
          <Dialog
            action={current.action}
            instances={current.instances}
            scope={scope}
            onClose={close}
            onSucceeded={() => {
              setCurrent(null);
              onSucceeded();
            }}
          />
        </SkippedInstancesContext.Provider>
      </Suspense>
    ) : null;
  return { open, dialog };
}
