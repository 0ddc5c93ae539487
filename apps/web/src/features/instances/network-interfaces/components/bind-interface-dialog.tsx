import { vpc, type NetworkInterface } from '@cvm/shared';
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { cn } from '../../../../components/ui/cn.ts';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { TrashIcon } from '../../../../components/ui/icons.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { targetName, type InterfaceDialogProps } from '../actions/interface-action.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { createKeys } from '../../../../cloud/cloud-read-keys.ts';
import { useAttachNetworkInterface } from '../api/attach-network-interface.ts';
import { interfaceKeys, useVpcInterfaces } from '../api/describe-network-interfaces.ts';
import { interfaceMessages } from '../messages.ts';
import { bindChoices, type AttachType } from '../state/bind-rules.ts';
import { AttachTypeChoice } from './attach-type-choice.tsx';
import { InterfaceStateBadge } from './interface-state-badge.tsx';

const eniName = (eni: NetworkInterface) => eni.NetworkInterfaceName || eni.NetworkInterfaceId;

/**
 * AttachNetworkInterface for one of the VPC's unbound interfaces. Those the cloud would refuse for reasons the console
 * can see (another zone, no security group, changing) are listed but cannot be chosen, each saying why; what depends on
 * the instance type is the cloud's to refuse, and its refusal shows here with its code. An unbound interface may also be
 * deleted from here (vpc.DeleteNetworkInterface, after a confirmation).
 */
export function BindInterfaceDialog({ target, scope, track, onClose }: InterfaceDialogProps) {
  const { instance } = target;
  const instanceName = targetName(target);
  const onBindStarted = (eni: NetworkInterface, taskId: string) => track('bind', eni, taskId);
  const m = useLocalized(interfaceMessages);
  const t = useT();
  const titleId = useId();
  const groupName = useId();
  const client = useQueryClient();
  const attach = useAttachNetworkInterface(scope);
  const vpcId = instance.VirtualPrivateCloud.VpcId;
  const list = useVpcInterfaces(scope, vpcId);
  const choices = list.data ? bindChoices(list.data.NetworkInterfaceSet, instance, m) : [];
  const [picked, setPicked] = useState('');
  const [attachType, setAttachType] = useState<AttachType>(0);
  const [deleting, setDeleting] = useState<NetworkInterface | null>(null);
  // The first one that can be bound is chosen until the person picks another.
  const chosen = choices.find((choice) => choice.eni.NetworkInterfaceId === picked && !choice.refusal) ?? choices.find((choice) => !choice.refusal);

  const bind = useMutation({
    gcTime: 0,
    mutationFn: async (eni: NetworkInterface) => {
      onBindStarted(eni, await attach(eni.NetworkInterfaceId, instance.InstanceId, attachType));
    },
    onSuccess: onClose,
  });

  const remove = useMutation({
    gcTime: 0,
    mutationFn: (eni: NetworkInterface) => callAction(vpc.DeleteNetworkInterface, { NetworkInterfaceId: eni.NetworkInterfaceId }, scope),
    onSuccess: async (_response, eni) => {
      setDeleting(null);
      await Promise.all([
        client.invalidateQueries({ queryKey: interfaceKeys.scope(scope) }),
        // Its address went back to its subnet.
        client.invalidateQueries({ queryKey: createKeys.subnets(scope, vpcId, eni.Zone) }),
      ]);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen && !bind.isPending) bind.mutate(chosen.eni);
  };

  return (
    <>
      <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
        <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
          <DialogHeader id={titleId} title={m.bindTitle(instanceName)} subtitle={m.bindIntro(vpcId)} />
          <DialogBody>
            {list.isError ? (
              <ErrorPanel error={list.error} title={m.loadFailed} onRetry={() => void list.refetch()} />
            ) : !list.data ? (
              <Spinner label={m.pickLoading} className="text-fg-muted" />
            ) : choices.length === 0 ? (
              <p className="text-fg-muted">{m.noneFree}</p>
            ) : (
              <fieldset>
                <legend className="mb-2 text-sm font-medium text-fg">{m.pickLegend}</legend>
                {!choices.some((choice) => !choice.refusal) && <p className="mb-2 text-fg-muted">{m.noneBindable}</p>}
                <ul className="space-y-2">
                  {choices.map(({ eni, refusal }) => {
                    const id = `${groupName}-${eni.NetworkInterfaceId}`;
                    const checked = chosen?.eni.NetworkInterfaceId === eni.NetworkInterfaceId;
                    const address = eni.PrivateIpAddressSet.find((a) => a.Primary)?.PrivateIpAddress ?? '';
                    return (
                      <li
                        key={eni.NetworkInterfaceId}
                        data-interface-id={eni.NetworkInterfaceId}
                        className={cn(
                          'flex items-start gap-2 rounded-md border px-3 py-2.5 transition-colors',
                          checked ? 'border-accent bg-accent-soft' : 'border-line',
                          refusal ? 'opacity-70' : 'hover:border-line-strong',
                        )}
                      >
                        <label htmlFor={id} className={cn('flex min-w-0 flex-1 gap-3', refusal ? 'cursor-not-allowed' : 'cursor-pointer')}>
                          <input
                            id={id}
                            type="radio"
                            name={groupName}
                            value={eni.NetworkInterfaceId}
                            checked={checked}
                            disabled={Boolean(refusal)}
                            onChange={() => setPicked(eni.NetworkInterfaceId)}
                            aria-labelledby={`${id}-label`}
                            aria-describedby={`${id}-details ${id}-reason`}
                            className="mt-0.5 size-4 shrink-0 accent-accent"
                          />
                          <span className="min-w-0">
                            <span id={`${id}-label`} className="font-medium break-all text-fg">
                              {eniName(eni)}
                            </span>{' '}
                            <span className="font-mono text-xs text-fg-muted">{eni.NetworkInterfaceId}</span>
                            <span id={`${id}-details`} className="mt-0.5 block font-mono text-xs text-fg-muted">
                              {m.interfaceDetails(address, eni.SubnetId, eni.Zone)}
                            </span>
                            <span id={`${id}-reason`} className={cn('mt-0.5 block text-xs', refusal ? 'text-amber-800 dark:text-amber-300' : 'sr-only')}>
                              {refusal ?? ''}
                            </span>
                          </span>
                        </label>
                        <InterfaceStateBadge eni={eni} />
                        <Button
                          variant="ghost"
                          iconOnly
                          aria-label={m.deleteLabel(eniName(eni))}
                          title={m.deleteLabel(eniName(eni))}
                          disabled={eni.State !== 'AVAILABLE'}
                          onClick={() => {
                            remove.reset();
                            setDeleting(eni);
                          }}
                          className="-my-1"
                        >
                          <TrashIcon />
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            )}
            {chosen && <AttachTypeChoice value={attachType} onChange={setAttachType} />}
            {bind.error !== null && <ErrorPanel error={bind.error} title={m.bindFailed} />}
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>{t.common.cancel}</Button>
            <Button type="submit" variant="primary" disabled={!chosen || bind.isPending}>
              {bind.isPending && <Spinner />}
              {m.bindConfirm}
            </Button>
          </DialogFooter>
        </form>
      </ModalDialog>
      {deleting && (
        <ConfirmDialog
          title={m.deleteTitle(eniName(deleting))}
          confirmLabel={m.deleteConfirm}
          danger
          pending={remove.isPending}
          error={remove.error}
          errorTitle={m.deleteFailed}
          onConfirm={() => remove.mutate(deleting)}
          onClose={() => setDeleting(null)}
        >
          <p>{m.deleteBody}</p>
          <p className="font-mono text-xs text-fg-muted">{deleting.NetworkInterfaceId}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
