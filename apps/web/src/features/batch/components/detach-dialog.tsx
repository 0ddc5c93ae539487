import type { CloudScope } from '../../../api/cloud-scope.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useDetachInstance } from '../api/detach-instances.ts';
import { batchMessages } from '../messages.ts';

interface DetachDialogProps {
  scope: CloudScope;
  envId: string;
  envName: string;
  instanceId: string;
  onClose: () => void;
}

/** DetachInstances for one node: what leaving means (nothing on the instance changes), then the call. */
export function DetachDialog({ scope, envId, envName, instanceId, onClose }: DetachDialogProps) {
  const m = useLocalized(batchMessages);
  const detach = useDetachInstance(scope);
  return (
    <ConfirmDialog
      title={m.detachTitle(instanceId)}
      confirmLabel={m.detach}
      onConfirm={() => detach.mutate({ EnvId: envId, InstanceId: instanceId }, { onSuccess: onClose })}
      onClose={onClose}
      pending={detach.isPending}
      error={detach.error}
      errorTitle={m.detachFailed(instanceId)}
    >
      <p>{m.detachBody(`${envName} (${envId})`)}</p>
    </ConfirmDialog>
  );
}
