import { useId, useState } from 'react';
import {
  SECURITY_GROUP_POLICIES_PER_DIRECTION,
  SECURITY_GROUP_POLICY_DESCRIPTION_MAX,
  SECURITY_GROUP_POLICY_PROTOCOLS,
  isIpv4CidrBlock,
  isIpv6CidrBlock,
  portProblem,
  protocolTakesPorts,
  vpc,
  type SecurityGroup,
  type SecurityGroupPolicy,
  type SecurityGroupPolicyProtocol,
  type SecurityGroupPolicySet,
} from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { isStaleVersion, usePolicyChange } from '../api/security-group-policies.ts';
import { securityGroupsMessages, type Direction } from '../messages.ts';

const SECURITY_GROUP_ID = /^sg-[a-z0-9]{8}$/;

/** Which field a rule's peer goes in: an IPv4 block, an IPv6 block or a security group. */
function peerField(peer: string): { CidrBlock: string } | { Ipv6CidrBlock: string } | { SecurityGroupId: string } | undefined {
  if (isIpv4CidrBlock(peer)) return { CidrBlock: peer };
  if (isIpv6CidrBlock(peer)) return { Ipv6CidrBlock: peer };
  if (SECURITY_GROUP_ID.test(peer)) return { SecurityGroupId: peer };
  return undefined;
}

/**
 * A rule added (CreateSecurityGroupPolicies, first or last in its direction) or one rule changed in place
 * (ReplaceSecurityGroupPolicy, by its PolicyIndex), made from the Version on screen: checked by the same syntax rules
 * the cloud uses before it is sent; a refusal for a stale Version says the rules were read again.
 */
export function AddRuleDialog({
  scope,
  group,
  direction,
  rules,
  editing,
  onClose,
  onDone,
}: {
  scope: CloudScope;
  group: SecurityGroup;
  direction: Direction;
  rules: SecurityGroupPolicySet;
  /** The rule to change; absent to add one. */
  editing?: SecurityGroupPolicy;
  onClose: () => void;
  onDone: () => void;
}) {
  const m = useLocalized(securityGroupsMessages);
  const ids = { protocol: useId(), port: useId(), peer: useId(), description: useId() };
  const [protocol, setProtocol] = useState<SecurityGroupPolicyProtocol>((editing?.Protocol as SecurityGroupPolicyProtocol | undefined) ?? 'TCP');
  const [port, setPort] = useState(editing?.Port ?? '22');
  const [peer, setPeer] = useState(editing ? editing.CidrBlock || editing.Ipv6CidrBlock || editing.SecurityGroupId : direction === 'Ingress' ? '' : '0.0.0.0/0');
  const [action, setAction] = useState<'ACCEPT' | 'DROP'>(editing?.Action ?? 'ACCEPT');
  const [description, setDescription] = useState(editing?.PolicyDescription ?? '');
  const [position, setPosition] = useState<'first' | 'last'>('first');
  const [attempted, setAttempted] = useState(false);
  const add = usePolicyChange(scope, group.SecurityGroupId);

  const takesPorts = protocolTakesPorts(protocol);
  const portError = takesPorts ? portProblem(port.trim()) : undefined;
  const target = peerField(peer.trim());
  const full = !editing && rules[direction].length >= SECURITY_GROUP_POLICIES_PER_DIRECTION;
  const tooLong = description.length > SECURITY_GROUP_POLICY_DESCRIPTION_MAX;
  const shown = {
    port: attempted && portError ? m.portProblems[portError] : undefined,
    peer: attempted && !target ? m.peerInvalid : undefined,
    description: attempted && tooLong ? m.descriptionTooLong(SECURITY_GROUP_POLICY_DESCRIPTION_MAX) : undefined,
  };
  const directionWord = m.directions[direction];

  const confirm = () => {
    setAttempted(true);
    if (portError || !target || tooLong || full) return;
    const rule = {
      ...(editing ? { PolicyIndex: editing.PolicyIndex } : position === 'first' ? { PolicyIndex: 0 } : {}),
      Protocol: protocol,
      ...(takesPorts ? { Port: port.trim() } : {}),
      ...target,
      Action: action,
      PolicyDescription: description,
    };
    const params = { SecurityGroupId: group.SecurityGroupId, SecurityGroupPolicySet: { Version: rules.Version, [direction]: [rule] } };
    add.mutate(() => (editing ? callAction(vpc.ReplaceSecurityGroupPolicy, params, scope) : callAction(vpc.CreateSecurityGroupPolicies, params, scope)), {
      onSuccess: onDone,
    });
  };

  return (
    <ConfirmDialog
      title={editing ? m.editTitle(editing.PolicyIndex + 1, directionWord, group.SecurityGroupName) : m.addTitle(directionWord, group.SecurityGroupName)}
      confirmLabel={editing ? m.save : m.addRule}
      pending={add.isPending}
      error={add.error ?? undefined}
      errorTitle={isStaleVersion(add.error) ? m.stale : editing ? m.editFailed : m.addFailed}
      onClose={onClose}
      onConfirm={confirm}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField id={ids.protocol} label={m.protocol}>
          <Select id={ids.protocol} value={protocol} onChange={(event) => setProtocol(event.target.value as SecurityGroupPolicyProtocol)} className="w-full">
            {SECURITY_GROUP_POLICY_PROTOCOLS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id={ids.port} label={m.port} hint={m.portHint} error={shown.port}>
          <TextInput
            id={ids.port}
            value={takesPorts ? port : 'ALL'}
            disabled={!takesPorts}
            onChange={(event) => setPort(event.target.value)}
            className="font-mono"
            aria-invalid={shown.port ? true : undefined}
            aria-describedby={describedBy(ids.port, { hint: true, error: shown.port })}
          />
        </FormField>
      </div>
      <FormField id={ids.peer} label={m.peer[direction]} hint={m.peerHint} error={shown.peer}>
        <TextInput
          id={ids.peer}
          value={peer}
          onChange={(event) => setPeer(event.target.value)}
          placeholder="203.0.113.0/24"
          spellCheck={false}
          className="font-mono"
          data-autofocus
          aria-invalid={shown.peer ? true : undefined}
          aria-describedby={describedBy(ids.peer, { hint: true, error: shown.peer })}
        />
      </FormField>
      <ChoiceGroup<'ACCEPT' | 'DROP'>
        legend={m.action}
        value={action}
        onChange={setAction}
        layout="row"
        choices={(['ACCEPT', 'DROP'] as const).map((value) => ({ value, label: m.actions[value]!, hint: m.actionHints[value]! }))}
      />
      <FormField id={ids.description} label={m.description} error={shown.description}>
        <TextInput
          id={ids.description}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={shown.description ? true : undefined}
          aria-describedby={describedBy(ids.description, { error: shown.description })}
        />
      </FormField>
      {!editing && (
        <ChoiceGroup<'first' | 'last'>
          legend={m.position}
          value={position}
          onChange={setPosition}
          layout="row"
          choices={(['first', 'last'] as const).map((value) => ({ value, label: m.positions[value], hint: m.positionHints[value] }))}
        />
      )}
      {full && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {m.full(SECURITY_GROUP_POLICIES_PER_DIRECTION)}
        </p>
      )}
    </ConfirmDialog>
  );
}

/** DeleteSecurityGroupPolicies of one rule, by its index as read, from the Version on screen. */
export function DeleteRuleDialog({
  scope,
  group,
  direction,
  index,
  version,
  onClose,
  onDone,
}: {
  scope: CloudScope;
  group: SecurityGroup;
  direction: Direction;
  index: number;
  version: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const m = useLocalized(securityGroupsMessages);
  const remove = usePolicyChange(scope, group.SecurityGroupId);
  return (
    <ConfirmDialog
      title={m.deleteTitle(index + 1, m.directions[direction])}
      confirmLabel={m.delete}
      danger
      pending={remove.isPending}
      error={remove.error ?? undefined}
      errorTitle={isStaleVersion(remove.error) ? m.stale : m.deleteFailed}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(
          () =>
            callAction(
              vpc.DeleteSecurityGroupPolicies,
              { SecurityGroupId: group.SecurityGroupId, SecurityGroupPolicySet: { Version: version, [direction]: [{ PolicyIndex: index }] } },
              scope,
            ),
          { onSuccess: onDone },
        )
      }
    >
      <p>{m.deleteBody}</p>
    </ConfirmDialog>
  );
}
