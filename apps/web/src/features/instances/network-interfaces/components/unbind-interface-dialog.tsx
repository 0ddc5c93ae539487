import { vpc, type NetworkInterface } from '@cvm/shared';
import { useMutation } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog.tsx';
import type { InterfaceDialogProps } from '../actions/interface-action.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useClientTokens } from '../api/client-tokens.ts';
import { interfaceMessages } from '../messages.ts';

/** vpc.DetachNetworkInterface after a confirmation that says what it means; the task is then followed in the tab. */
export function UnbindInterfaceDialog({ target, scope, track, onClose }: InterfaceDialogProps) {
  const { instance } = target;
  const instanceName = instance.InstanceName || instance.InstanceId;
  // Offered on an interface's row only, so the row's interface is always there.
  const eni = target.eni!;
  const onUnbindStarted = (bound: NetworkInterface, taskId: string) => track('unbind', bound, taskId);
  const m = useLocalized(interfaceMessages);
  const tokenFor = useClientTokens();
  const name = eni.NetworkInterfaceName || eni.NetworkInterfaceId;
  const unbind = useMutation({
    gcTime: 0,
    mutationFn: async () => {
      const params = { NetworkInterfaceId: eni.NetworkInterfaceId, InstanceId: instance.InstanceId };
      const response = await callAction(vpc.DetachNetworkInterface, { ...params, ClientToken: tokenFor(`${params.NetworkInterfaceId}:${params.InstanceId}`) }, scope);
      onUnbindStarted(eni, response.RequestId);
    },
    onSuccess: onClose,
  });
  return (
    <ConfirmDialog
      title={m.unbindTitle(name)}
      confirmLabel={m.unbindConfirm}
      danger
      pending={unbind.isPending}
      error={unbind.error}
      errorTitle={m.unbindFailed}
      onConfirm={() => unbind.mutate()}
      onClose={onClose}
    >
      <p>{m.unbindBody(name, instanceName)}</p>
      <p className="font-mono text-xs text-fg-muted">{eni.NetworkInterfaceId}</p>
    </ConfirmDialog>
  );
}
