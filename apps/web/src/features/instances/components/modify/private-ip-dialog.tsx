import { cvm, isIpv4CidrBlock } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { useSubnets } from '../../../../cloud/vpc/subnets.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

const words: Localized<{
  title: (who: string) => string;
  now: (ip: string, subnet: string) => string;
  subnet: string;
  subnetOption: (name: string, cidr: string, free: number) => string;
  ip: string;
  ipHint: (cidr: string) => string;
  ipInvalid: string;
  ipOutside: (cidr: string) => string;
  unchanged: string;
  running: string;
  stopLegend: string;
  soft: { label: string; hint: string };
  hard: { label: string; hint: string };
  stopped: string;
  subnetsFailed: string;
}> = {
  en: {
    title: (who) => `Private IP and subnet of ${who}`,
    now: (ip, subnet) => `Now ${ip} in ${subnet}.`,
    subnet: 'Subnet',
    subnetOption: (name, cidr, free) => `${name} (${cidr}, ${free} free)`,
    ip: 'Private IP',
    ipHint: (cidr) => `Inside ${cidr}; leave it empty for the cloud to choose a free one.`,
    ipInvalid: 'Write an IPv4 address, e.g. 10.0.1.25.',
    ipOutside: (cidr) => `Not inside the subnet's ${cidr}.`,
    unchanged: 'Choose another subnet or address first.',
    running: 'The instance is running: the cloud shuts it down, changes its address and starts it again.',
    stopLegend: 'How it shuts down',
    soft: { label: 'Shut down', hint: 'A clean shutdown first.' },
    hard: { label: 'Force off', hint: 'Like pulling the power: unsaved data is lost.' },
    stopped: 'The instance is stopped and stays stopped.',
    subnetsFailed: 'Could not read the subnets',
  },
  'zh-CN': {
    title: (who) => `${who} 的内网 IP 与子网`,
    now: (ip, subnet) => `当前为 ${subnet} 中的 ${ip}。`,
    subnet: '子网',
    subnetOption: (name, cidr, free) => `${name}（${cidr}，可用 ${free} 个）`,
    ip: '内网 IP',
    ipHint: (cidr) => `须在 ${cidr} 内；留空则由云端分配空闲地址。`,
    ipInvalid: '请填写 IPv4 地址，例如 10.0.1.25。',
    ipOutside: (cidr) => `不在子网 ${cidr} 内。`,
    unchanged: '请先选择其他子网或地址。',
    running: '实例正在运行：云端会先关机，修改地址后再开机。',
    stopLegend: '关机方式',
    soft: { label: '正常关机', hint: '先正常关机。' },
    hard: { label: '强制关机', hint: '相当于断电：未保存的数据会丢失。' },
    stopped: '实例已关机，修改后保持关机。',
    subnetsFailed: '无法读取子网',
  },
};

/** Whether `ip` lies in the IPv4 block `cidr`. */
function inBlock(ip: string, cidr: string): boolean {
  const toNumber = (address: string) => address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(toNumber(base!) / size) * size;
  const value = toNumber(ip);
  return value >= start && value < start + size;
}

/**
 * ModifyInstancesVpcAttribute for one instance: another subnet of its VPC in its zone, or another address in its subnet
 * (empty: the cloud picks one). Checked before it is sent: an IPv4 address inside the chosen subnet's block.
 */
export function PrivateIpDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const instance = instances[0]!;
  const ids = { subnet: useId(), ip: useId() };
  const { VpcId, SubnetId } = instance.VirtualPrivateCloud;
  const subnets = useSubnets(scope, VpcId, instance.Placement.Zone);
  const [subnetId, setSubnetId] = useState(SubnetId);
  const [ip, setIp] = useState('');
  const [force, setForce] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const running = instance.InstanceState === 'RUNNING';
  const subnet = subnets.data?.find((candidate) => candidate.SubnetId === subnetId);
  const current = instance.PrivateIpAddresses[0] ?? '';
  const typed = ip.trim();
  const ipProblem =
    typed === ''
      ? undefined
      : !isIpv4CidrBlock(typed) || typed.includes('/')
        ? m.ipInvalid
        : subnet && !inBlock(typed, subnet.CidrBlock)
          ? m.ipOutside(subnet.CidrBlock)
          : undefined;
  const unchanged = subnetId === SubnetId && (typed === '' || typed === current);
  const shown = attempted ? ipProblem : undefined;
  const change = useApplyChange(scope, (variables: { ids: string[] }) =>
    callAction(
      cvm.ModifyInstancesVpcAttribute,
      { InstanceIds: variables.ids, VirtualPrivateCloud: { VpcId, SubnetId: subnetId, ...(typed ? { PrivateIpAddresses: [typed] } : {}) }, ForceStop: force },
      scope,
    ),
  );

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instanceLabel(instance))}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      size="lg"
      onConfirm={() => {
        setAttempted(true);
        if (ipProblem || unchanged) return;
        change.mutate({ ids: [instance.InstanceId] }, { onSuccess: onSucceeded });
      }}
    >
      <p className="text-fg-muted">{m.now(current, SubnetId)}</p>
      {subnets.isError && <ErrorPanel error={subnets.error} title={m.subnetsFailed} onRetry={() => void subnets.refetch()} />}
      <FormField id={ids.subnet} label={m.subnet}>
        <Select id={ids.subnet} value={subnetId} onChange={(event) => setSubnetId(event.target.value)} className="w-full">
          {(subnets.data ?? []).map((candidate) => (
            <option key={candidate.SubnetId} value={candidate.SubnetId}>
              {m.subnetOption(candidate.SubnetName, candidate.CidrBlock, candidate.AvailableIpAddressCount)}
            </option>
          ))}
          {!subnets.data && <option value={SubnetId}>{SubnetId}</option>}
        </Select>
      </FormField>
      <FormField id={ids.ip} label={m.ip} hint={subnet ? m.ipHint(subnet.CidrBlock) : undefined} error={shown}>
        <TextInput
          id={ids.ip}
          value={ip}
          onChange={(event) => setIp(event.target.value)}
          placeholder={current}
          spellCheck={false}
          className="font-mono"
          aria-invalid={shown ? true : undefined}
          aria-describedby={describedBy(ids.ip, { hint: Boolean(subnet), error: shown })}
        />
      </FormField>
      {running ? (
        <>
          <p className="text-fg-muted">{m.running}</p>
          <ChoiceGroup<'soft' | 'hard'>
            legend={m.stopLegend}
            value={force ? 'hard' : 'soft'}
            onChange={(value) => setForce(value === 'hard')}
            choices={[
              { value: 'soft', label: m.soft.label, hint: m.soft.hint },
              { value: 'hard', label: m.hard.label, hint: m.hard.hint },
            ]}
          />
        </>
      ) : (
        <p className="text-fg-muted">{m.stopped}</p>
      )}
      {attempted && unchanged && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {m.unchanged}
        </p>
      )}
    </ActionDialogFrame>
  );
}
