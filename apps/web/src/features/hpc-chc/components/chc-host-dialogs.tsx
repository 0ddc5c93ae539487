import { useEffect, useId, useState } from 'react';
import { cvmHpc } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSecurityGroups } from '../../../cloud/vpc/security-groups.ts';
import { useSubnets } from '../../../cloud/vpc/subnets.ts';
import { useVpcs } from '../../../cloud/vpc/vpcs.ts';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useHpcChcChange } from '../api/hpc-chc-queries.ts';
import { hpcChcMessages } from '../messages.ts';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';

// A CHC host's networks and attributes. Each network is a VPC, its subnet in the host's zone (only those are offered),
// an optional address (the subnet's next free one otherwise) and a security group; the cloud checks the address is in
// the subnet and free, and answers with its code when it is not.

type ChcHost = cvmHpc.ChcHost;

interface Props {
  scope: CloudScope;
  host: ChcHost;
  onClose: () => void;
  onDone: (message: string) => void;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
/** ModifyChcAttribute's rules (23086, 23091), as the cloud checks them. */
const BMC_USER = /^[A-Za-z0-9_-]{1,32}$/;
const BMC_PASSWORD = /^[A-Za-z0-9()`~!@#$%^&*\-+=_|{}[\]:;'<>,.?/]{8,16}$/;
const DEVICE_TYPE = /^[A-Z][A-Z0-9_]{0,31}$/;
const NAME_MAX = 60;
const BOOT_TYPES = ['x86_legacy', 'x86_uefi', 'arm_uefi'] as const;

interface Network {
  vpcId: string;
  subnetId: string;
  ip: string;
  groupId: string;
}

const emptyNetwork: Network = { vpcId: '', subnetId: '', ip: '', groupId: '' };

/** One network's fields: VPC, its subnets in the host's zone, an optional address, a security group. */
function NetworkFields({
  scope,
  zone,
  legend,
  value,
  onChange,
  attempted,
}: {
  scope: CloudScope;
  zone: string;
  legend: string;
  value: Network;
  onChange: (next: Network) => void;
  attempted: boolean;
}) {
  const h = useLocalized(hpcChcMessages).hosts;
  const vpcs = useVpcs(scope);
  const vpcId = value.vpcId || vpcs.data?.[0]?.VpcId || '';
  const subnets = useSubnets(scope, vpcId, zone);
  const subnetId = subnets.data?.some((s) => s.SubnetId === value.subnetId) ? value.subnetId : (subnets.data?.[0]?.SubnetId ?? '');
  const groups = useSecurityGroups(scope);
  const groupId = value.groupId || groups.data?.[0]?.SecurityGroupId || '';
  const ids = { vpc: useId(), subnet: useId(), ip: useId(), group: useId() };
  const ipProblem = attempted && value.ip.trim() !== '' && !IPV4.test(value.ip.trim()) ? h.ipProblem : undefined;
  const resolved = { vpcId, subnetId, ip: value.ip, groupId };
  const set = (change: Partial<Network>) => onChange({ ...resolved, ...change });
  // What the selects show by default (the first VPC, its first subnet in the zone, the first group) is what is sent.
  useEffect(() => {
    if (vpcId !== value.vpcId || subnetId !== value.subnetId || groupId !== value.groupId) onChange({ vpcId, subnetId, ip: value.ip, groupId });
  }, [vpcId, subnetId, groupId, value, onChange]);
  const subnetHint = subnets.data && subnets.data.length === 0 ? h.noSubnet(zone) : h.subnetHint(zone);
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-medium text-fg">{legend}</legend>
      <FormField id={ids.vpc} label={h.vpc}>
        <Select id={ids.vpc} value={vpcId} disabled={!vpcs.data} onChange={(event) => set({ vpcId: event.target.value, subnetId: '' })}>
          {!vpcs.data && <option value="">{h.loading}</option>}
          {vpcs.data?.map((vpc) => (
            <option key={vpc.VpcId} value={vpc.VpcId}>
              {`${vpc.VpcName} (${vpc.VpcId}, ${vpc.CidrBlock})`}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id={ids.subnet} label={h.subnet} hint={subnetHint}>
        <Select
          id={ids.subnet}
          value={subnetId}
          disabled={!subnets.data?.length}
          onChange={(event) => set({ subnetId: event.target.value })}
          aria-describedby={describedBy(ids.subnet, { hint: true })}
        >
          {!subnets.data?.length && <option value="">{subnets.data ? h.noSubnet(zone) : h.loading}</option>}
          {subnets.data?.map((subnet) => (
            <option key={subnet.SubnetId} value={subnet.SubnetId}>
              {`${subnet.SubnetName} (${subnet.SubnetId}, ${subnet.CidrBlock})`}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id={ids.ip} label={h.ip} hint={h.ipHint} error={ipProblem}>
        <TextInput
          id={ids.ip}
          value={value.ip}
          onChange={(event) => set({ ip: event.target.value })}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          aria-invalid={ipProblem ? true : undefined}
          aria-describedby={describedBy(ids.ip, { hint: true, error: ipProblem })}
        />
      </FormField>
      <FormField id={ids.group} label={h.securityGroup}>
        <Select id={ids.group} value={groupId} disabled={!groups.data} onChange={(event) => set({ groupId: event.target.value })}>
          {groups.data?.map((group) => (
            <option key={group.SecurityGroupId} value={group.SecurityGroupId}>
              {`${group.SecurityGroupName} (${group.SecurityGroupId})`}
            </option>
          ))}
        </Select>
      </FormField>
    </fieldset>
  );
}

/** Whether a network's fields can be sent, and the parameters they make. */
function networkParams(network: Network): { ok: boolean; vpc: { VpcId: string; SubnetId: string; PrivateIpAddresses?: string[] }; groups?: string[] } {
  const ip = network.ip.trim();
  return {
    ok: network.vpcId !== '' && network.subnetId !== '' && (ip === '' || IPV4.test(ip)),
    vpc: { VpcId: network.vpcId, SubnetId: network.subnetId, ...(ip ? { PrivateIpAddresses: [ip] } : {}) },
    groups: network.groupId ? [network.groupId] : undefined,
  };
}

function BootTypeField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const h = useLocalized(hpcChcMessages).hosts;
  const id = useId();
  return (
    <FormField id={id} label={h.bootType}>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {BOOT_TYPES.map((type) => (
          <option key={type} value={type}>
            {h.bootTypes[type]}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

/** ConfigureChcAssistVpc: the out-of-band network, and the deploy network with it when asked. */
export function ConfigureAssistDialog({ scope, host, onClose, onDone }: Props) {
  const m = useLocalized(hpcChcMessages);
  const h = m.hosts;
  const zone = host.Placement.Zone;
  const [bmc, setBmc] = useState<Network>(emptyNetwork);
  const [deploy, setDeploy] = useState<Network>(emptyNetwork);
  const [withDeploy, setWithDeploy] = useState(true);
  const [bootType, setBootType] = useState<string>('x86_legacy');
  const [attempted, setAttempted] = useState(false);
  const configure = useHpcChcChange(scope);
  const checkId = useId();
  const bmcParams = networkParams(bmc);
  const deployParams = networkParams(deploy);
  const incomplete = attempted && (!bmcParams.ok || (withDeploy && !deployParams.ok));
  return (
    <FormDialog
      title={h.assistTitle(host.InstanceName)}
      submitLabel={h.actions.ConfigureChcAssistVpc}
      pending={configure.isPending}
      error={configure.error}
      errorTitle={h.failed(host.InstanceName)}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!bmcParams.ok || (withDeploy && !deployParams.ok)) return;
        configure.mutate(
          () =>
            callAction(
              cvmHpc.ConfigureChcAssistVpc,
              {
                ChcIds: [host.ChcId],
                BmcVirtualPrivateCloud: bmcParams.vpc,
                ...(bmcParams.groups ? { BmcSecurityGroupIds: bmcParams.groups } : {}),
                ...(withDeploy
                  ? {
                      DeployVirtualPrivateCloud: deployParams.vpc,
                      ...(deployParams.groups ? { DeploySecurityGroupIds: deployParams.groups } : {}),
                      ChcDeployExtraConfig: { MiniOsType: 'public', BootType: bootType },
                    }
                  : {}),
              },
              scope,
            ),
          { onSuccess: () => onDone(h.configured(host.InstanceName)) },
        );
      }}
    >
      <p className="text-fg-muted">{h.assistBody}</p>
      <NetworkFields scope={scope} zone={zone} legend={h.bmcLegend} value={bmc} onChange={setBmc} attempted={attempted} />
      <label htmlFor={checkId} className="flex items-center gap-2 text-sm text-fg">
        <Checkbox id={checkId} checked={withDeploy} onChange={(event) => setWithDeploy(event.target.checked)} />
        {h.withDeploy}
      </label>
      {withDeploy && (
        <>
          <NetworkFields scope={scope} zone={zone} legend={h.deployLegend} value={deploy} onChange={setDeploy} attempted={attempted} />
          <BootTypeField value={bootType} onChange={setBootType} />
        </>
      )}
      {incomplete && <FormAlert>{h.chooseNetwork}</FormAlert>}
    </FormDialog>
  );
}

/** ConfigureChcDeployVpc: the deploy network of a host whose out-of-band network is configured. */
export function ConfigureDeployDialog({ scope, host, onClose, onDone }: Props) {
  const h = useLocalized(hpcChcMessages).hosts;
  const [deploy, setDeploy] = useState<Network>(emptyNetwork);
  const [bootType, setBootType] = useState<string>('x86_legacy');
  const [attempted, setAttempted] = useState(false);
  const configure = useHpcChcChange(scope);
  const params = networkParams(deploy);
  return (
    <FormDialog
      title={h.deployTitle(host.InstanceName)}
      submitLabel={h.actions.ConfigureChcDeployVpc}
      pending={configure.isPending}
      error={configure.error}
      errorTitle={h.failed(host.InstanceName)}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!params.ok) return;
        configure.mutate(
          () =>
            callAction(
              cvmHpc.ConfigureChcDeployVpc,
              {
                ChcIds: [host.ChcId],
                DeployVirtualPrivateCloud: params.vpc,
                ...(params.groups ? { DeploySecurityGroupIds: params.groups } : {}),
                ChcDeployExtraConfig: { MiniOsType: 'public', BootType: bootType },
              },
              scope,
            ),
          { onSuccess: () => onDone(h.deployConfigured(host.InstanceName)) },
        );
      }}
    >
      <p className="text-fg-muted">{h.deployBody}</p>
      <NetworkFields scope={scope} zone={host.Placement.Zone} legend={h.deployLegend} value={deploy} onChange={setDeploy} attempted={attempted} />
      <BootTypeField value={bootType} onChange={setBootType} />
      {attempted && !params.ok && <FormAlert>{h.chooseNetwork}</FormAlert>}
    </FormDialog>
  );
}

/** RemoveChcDeployVpc or RemoveChcAssistVpc, confirmed. */
export function RemoveNetworkDialog({ scope, host, which, onClose, onDone }: Props & { which: 'deploy' | 'all' }) {
  const h = useLocalized(hpcChcMessages).hosts;
  const remove = useHpcChcChange(scope);
  const all = which === 'all';
  return (
    <ConfirmDialog
      title={all ? h.removeAssistTitle(host.InstanceName) : h.removeDeployTitle(host.InstanceName)}
      confirmLabel={all ? h.actions.RemoveChcAssistVpc : h.actions.RemoveChcDeployVpc}
      danger
      pending={remove.isPending}
      error={remove.error}
      errorTitle={h.failed(host.InstanceName)}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(() => callAction(all ? cvmHpc.RemoveChcAssistVpc : cvmHpc.RemoveChcDeployVpc, { ChcIds: [host.ChcId] }, scope), {
          onSuccess: () => onDone(h.clearing(host.InstanceName)),
        })
      }
    >
      <p>{all ? h.removeAssistBody : h.removeDeployBody}</p>
    </ConfirmDialog>
  );
}

/** ModifyChcAttribute: name, device type, the BMC's login and security group; only what changed is sent. */
export function EditChcHostDialog({ scope, host, onClose, onDone }: Props) {
  const m = useLocalized(hpcChcMessages);
  const h = m.hosts;
  const groups = useSecurityGroups(scope);
  const [name, setName] = useState(host.InstanceName);
  const [deviceType, setDeviceType] = useState(host.DeviceType);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [group, setGroup] = useState('');
  const [attempted, setAttempted] = useState(false);
  const modify = useHpcChcChange(scope);
  const ids = { name: useId(), device: useId(), user: useId(), password: useId(), group: useId() };
  const problems = {
    name: name.trim().length < 1 || name.trim().length > NAME_MAX ? h.nameProblem : undefined,
    device: !DEVICE_TYPE.test(deviceType.trim()) ? h.deviceTypeProblem : undefined,
    user: user && !BMC_USER.test(user) ? h.bmcUserProblem : undefined,
    password: password && !BMC_PASSWORD.test(password) ? h.bmcPasswordProblem : undefined,
  };
  const shown = (problem: string | undefined) => (attempted ? problem : undefined);
  const hasBmc = host.BmcVirtualPrivateCloud !== null;
  const changes = {
    ...(name.trim() !== host.InstanceName ? { InstanceName: name.trim() } : {}),
    ...(deviceType.trim() !== host.DeviceType ? { DeviceType: deviceType.trim() } : {}),
    ...(user ? { BmcUser: user } : {}),
    ...(password ? { Password: password } : {}),
    ...(group ? { BmcSecurityGroupIds: [group] } : {}),
  };
  const unchanged = attempted && Object.keys(changes).length === 0;
  return (
    <FormDialog
      title={h.editTitle(host.InstanceName)}
      submitLabel={m.save}
      pending={modify.isPending}
      error={modify.error}
      errorTitle={h.failed(host.InstanceName)}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (Object.values(problems).some(Boolean) || Object.keys(changes).length === 0) return;
        modify.mutate(() => callAction(cvmHpc.ModifyChcAttribute, { ChcIds: [host.ChcId], ...changes }, scope), { onSuccess: () => onDone(h.saved(name.trim())) });
      }}
    >
      <TextField id={ids.name} label={h.name} error={shown(problems.name)} value={name} onChange={setName} data-autofocus />
      <TextField
        id={ids.device}
        label={h.deviceType}
        hint={h.deviceTypeHint}
        error={shown(problems.device)}
        value={deviceType}
        onChange={setDeviceType}
        spellCheck={false}
        className="font-mono"
      />
      <TextField id={ids.user} label={h.bmcUser} hint={h.bmcUserHint} error={shown(problems.user)} value={user} onChange={setUser} spellCheck={false} />
      <FormField id={ids.password} label={h.bmcPassword} hint={h.bmcPasswordHint} error={shown(problems.password)}>
        <PasswordInput
          id={ids.password}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="new-password"
          aria-invalid={shown(problems.password) ? true : undefined}
          aria-describedby={describedBy(ids.password, { hint: true, error: shown(problems.password) })}
        />
      </FormField>
      <FormField id={ids.group} label={h.bmcGroup} hint={hasBmc ? undefined : h.bmcGroupNeedsNetwork}>
        <Select
          id={ids.group}
          value={group}
          disabled={!hasBmc || !groups.data}
          onChange={(event) => setGroup(event.target.value)}
          aria-describedby={describedBy(ids.group, { hint: !hasBmc })}
        >
          <option value="">{h.bmcGroupKeep}</option>
          {groups.data?.map((g) => (
            <option key={g.SecurityGroupId} value={g.SecurityGroupId}>
              {`${g.SecurityGroupName} (${g.SecurityGroupId})`}
            </option>
          ))}
        </Select>
      </FormField>
      {unchanged && <FormAlert>{h.nothingChanged}</FormAlert>}
    </FormDialog>
  );
}
