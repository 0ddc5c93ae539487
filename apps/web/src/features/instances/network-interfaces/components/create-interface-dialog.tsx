import { vpc, type NetworkInterface } from '@cvm/shared';
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../../components/ui/modal-dialog.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { refusalOf } from '../../../../actions/action-refusal.ts';
import { useSignedInUser } from '../../../../api/session.ts';
import { bindAction } from '../actions/bind.action.ts';
import { targetName, type InterfaceDialogProps } from '../actions/interface-action.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { createKeys } from '../../../../cloud/cloud-read-keys.ts';
import { securityGroupsQueryOptions } from '../../../../cloud/vpc/security-groups.ts';
import { subnetsQueryOptions } from '../../../../cloud/vpc/subnets.ts';
import { useAttachNetworkInterface } from '../api/attach-network-interface.ts';
import { interfaceKeys } from '../api/describe-network-interfaces.ts';
import { interfaceMessages } from '../messages.ts';
import { INTERFACE_NAME_MAX_LENGTH, nameProblem, type AttachType } from '../state/bind-rules.ts';
import { AttachTypeChoice } from './attach-type-choice.tsx';

/**
 * vpc.CreateNetworkInterface in the instance's VPC and zone (only the VPC's subnets in that zone are offered), with a name
 * and security groups (the instance's own to start with), and, unless told otherwise, AttachNetworkInterface right
 * after. Should the bind be refused, the interface exists: the dialog says so and offers to bind it again, never to
 * create a second one.
 */
export function CreateInterfaceDialog({ target, scope, track, onClose }: InterfaceDialogProps) {
  const m = useLocalized(interfaceMessages);
  const t = useT();
  const user = useSignedInUser();
  const { instance } = target;
  const instanceName = targetName(target);
  // Whether the new interface can be bound now: the bind action's own rule (the instance's state, the person's role).
  const bindRefusal = refusalOf(bindAction, [target], user.role, t, targetName);
  const onBindStarted = (eni: NetworkInterface, taskId: string) => track('bind', eni, taskId);
  const titleId = useId();
  const subnetFieldId = useId();
  const nameFieldId = useId();
  const groupsHintId = useId();
  const bindNowId = useId();
  const client = useQueryClient();
  const attach = useAttachNetworkInterface(scope);
  const vpcId = instance.VirtualPrivateCloud.VpcId;
  const zone = instance.Placement.Zone;
  const subnets = useQuery(subnetsQueryOptions(scope, vpcId, zone));
  const groups = useQuery(securityGroupsQueryOptions(scope));

  const [subnetId, setSubnetId] = useState('');
  const [name, setName] = useState('');
  const [groupIds, setGroupIds] = useState<readonly string[]>(instance.SecurityGroupIds ?? []);
  const [bindNow, setBindNow] = useState(!bindRefusal);
  const [attachType, setAttachType] = useState<AttachType>(0);
  const [attempted, setAttempted] = useState(false);
  const [created, setCreated] = useState<NetworkInterface | null>(null);

  const subnetList = subnets.data ?? [];
  // The instance's own subnet first, as the cloud console does; any other of the zone may be chosen.
  const subnet = subnetList.find((s) => s.SubnetId === subnetId) ?? subnetList.find((s) => s.SubnetId === instance.VirtualPrivateCloud.SubnetId) ?? subnetList[0];
  const nameError = created ? undefined : nameProblem(name, m);
  const groupsError = bindNow && !created && groupIds.length === 0 ? m.securityGroupRequired : undefined;
  const shownNameError = attempted || name !== '' ? nameError : undefined;
  const shownGroupsError = attempted ? groupsError : undefined;
  const binds = bindNow && !bindRefusal;

  const submit = useMutation({
    gcTime: 0,
    mutationFn: async () => {
      let eni = created;
      if (!eni) {
        const response = await callAction(
          vpc.CreateNetworkInterface,
          {
            VpcId: vpcId,
            SubnetId: subnet!.SubnetId,
            NetworkInterfaceName: name.trim(),
            ...(groupIds.length > 0 ? { SecurityGroupIds: [...groupIds] } : {}),
          },
          scope,
        );
        eni = response.NetworkInterface;
        setCreated(eni);
        // The new interface is in the VPC's list, and one of the subnet's addresses is taken.
        void client.invalidateQueries({ queryKey: interfaceKeys.scope(scope) });
        void client.invalidateQueries({ queryKey: createKeys.subnets(scope, vpcId, zone) });
      }
      if (!binds) return;
      onBindStarted(eni, await attach(eni.NetworkInterfaceId, instance.InstanceId, attachType));
    },
    onSuccess: onClose,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (submit.isPending || nameError || groupsError || (!created && !subnet)) return;
    submit.mutate();
  };

  const toggleGroup = (id: string, on: boolean) => setGroupIds((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));
  const confirmLabel = created ? m.bindCreated : binds ? m.createAndBind : m.createConfirm;
  const locked = created !== null || submit.isPending;

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
        <DialogHeader id={titleId} title={m.createTitle(instanceName)} />
        <DialogBody>
          <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-2">
            <div>
              <dt className="text-xs text-fg-subtle">{m.vpc}</dt>
              <dd className="mt-0.5 font-mono text-[13px] text-fg">{vpcId}</dd>
              <dd className="mt-0.5 text-xs text-fg-muted">{m.vpcHint}</dd>
            </div>
            <div>
              <dt className="text-xs text-fg-subtle">{m.zone}</dt>
              <dd className="mt-0.5 font-mono text-[13px] text-fg">{zone}</dd>
              <dd className="mt-0.5 text-xs text-fg-muted">{m.zoneHint}</dd>
            </div>
          </dl>

          {subnets.isError ? (
            <ErrorPanel error={subnets.error} title={m.subnetsFailed} onRetry={() => void subnets.refetch()} />
          ) : !subnets.data ? (
            <Spinner label={m.subnetsLoading} className="text-fg-muted" />
          ) : subnetList.length === 0 ? (
            <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
              {m.noSubnet}
            </p>
          ) : (
            <FormField id={subnetFieldId} label={m.subnet}>
              <Select id={subnetFieldId} value={subnet?.SubnetId ?? ''} onChange={(event) => setSubnetId(event.target.value)} disabled={locked}>
                {subnetList.map((s) => (
                  <option key={s.SubnetId} value={s.SubnetId}>
                    {m.subnetOption(s.SubnetName, s.SubnetId, s.CidrBlock, s.AvailableIpAddressCount)}
                  </option>
                ))}
              </Select>
            </FormField>
          )}

          <FormField id={nameFieldId} label={m.name} hint={m.nameHint(INTERFACE_NAME_MAX_LENGTH)} error={shownNameError} className="max-w-sm">
            <TextInput
              id={nameFieldId}
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={INTERFACE_NAME_MAX_LENGTH + 20}
              disabled={locked}
              aria-invalid={shownNameError ? true : undefined}
              aria-describedby={describedBy(nameFieldId, { hint: true, error: shownNameError })}
              autoComplete="off"
              data-autofocus
            />
          </FormField>

          <fieldset aria-describedby={groupsHintId}>
            <legend className="text-sm font-medium text-fg">{m.securityGroups}</legend>
            <p id={groupsHintId} className="mt-0.5 text-xs text-fg-muted">
              {m.securityGroupsHint}
            </p>
            {groups.isError ? (
              <ErrorPanel className="mt-2" error={groups.error} title={m.securityGroupsFailed} onRetry={() => void groups.refetch()} />
            ) : !groups.data ? (
              <Spinner label={m.securityGroupsLoading} className="mt-2 text-fg-muted" />
            ) : (
              <ul className="mt-2 space-y-1.5">
                {groups.data.map((group) => (
                  <li key={group.SecurityGroupId}>
                    <label className="flex cursor-pointer items-start gap-2.5">
                      <Checkbox
                        className="mt-0.5"
                        checked={groupIds.includes(group.SecurityGroupId)}
                        onChange={(event) => toggleGroup(group.SecurityGroupId, event.target.checked)}
                        disabled={locked}
                      />
                      <span className="min-w-0">
                        <span className="text-fg">{group.SecurityGroupName}</span> <span className="font-mono text-xs text-fg-muted">{group.SecurityGroupId}</span>
                        {group.SecurityGroupDesc && <span className="block text-xs text-fg-muted">{group.SecurityGroupDesc}</span>}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {shownGroupsError && (
              <p role="alert" className="mt-1.5 text-xs font-medium text-red-700 dark:text-red-300">
                {shownGroupsError}
              </p>
            )}
          </fieldset>

          <div>
            <label className="flex items-center gap-2.5" htmlFor={bindNowId}>
              <Checkbox
                id={bindNowId}
                checked={binds}
                onChange={(event) => setBindNow(event.target.checked)}
                disabled={Boolean(bindRefusal) || locked}
                aria-describedby={bindRefusal ? `${bindNowId}-reason` : undefined}
              />
              <span className="font-medium text-fg">{m.bindNow(instanceName)}</span>
            </label>
            {bindRefusal && (
              <p id={`${bindNowId}-reason`} className="mt-1 ml-6.5 text-xs text-fg-muted">
                {bindRefusal}
              </p>
            )}
          </div>
          {binds && <AttachTypeChoice value={attachType} onChange={setAttachType} />}

          {submit.error !== null && <ErrorPanel error={submit.error} title={created ? m.createdNotBound(created.NetworkInterfaceId) : m.createFailed} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{created ? t.common.close : t.common.cancel}</Button>
          <Button type="submit" variant="primary" disabled={submit.isPending || (!created && !subnet)}>
            {submit.isPending && <Spinner />}
            {confirmLabel}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
