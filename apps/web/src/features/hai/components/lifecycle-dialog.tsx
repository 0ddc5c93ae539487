import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useT } from '../../../i18n/use-t.ts';
import type { HaiDialogProps } from '../actions/hai-action.ts';
import { useHaiLifecycle } from '../api/lifecycle.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { haiMessages } from '../messages.ts';

/** Asks before starting, stopping or terminating an HAI instance, says what it means, and shows the cloud's refusal. */
export function HaiLifecycleDialog({ action, instance, scope, onClose }: HaiDialogProps) {
  const t = useT();
  const h = useLocalized(haiMessages);
  const mutation = useHaiLifecycle(action, scope);
  const name = instance.InstanceName || instance.InstanceId;
  return (
    <ConfirmDialog
      title={action.confirmTitle(t, name)}
      confirmLabel={action.label(t)}
      danger={action.danger}
      pending={mutation.isPending}
      error={mutation.error}
      errorTitle={h.confirm.failed}
      onClose={onClose}
      onConfirm={() => mutation.mutate(instance.InstanceId, { onSuccess: onClose })}
    >
      <p>{action.confirmBody(t)}</p>
      <p className="font-mono text-xs text-fg-muted">{instance.InstanceId}</p>
    </ConfirmDialog>
  );
}
