import { cvm } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { useSecurityGroups } from '../../../../cloud/vpc/security-groups.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

const words: Localized<{ title: (count: number) => string; intro: string; group: string; already: string; loadFailed: string }> = {
  en: {
    title: (count) => `Bind a security group to ${count} ${count === 1 ? 'instance' : 'instances'}`,
    intro: 'The group is added after each instance’s own groups, so their rules still apply first. It applies without a restart.',
    group: 'Security group',
    already: 'Every chosen instance already has this group.',
    loadFailed: 'Could not load the region’s security groups',
  },
  'zh-CN': {
    title: (count) => `为 ${count} 台实例绑定安全组`,
    intro: '该安全组排在每台实例原有安全组之后，原有规则仍优先生效。无需重启即可生效。',
    group: '安全组',
    already: '所选实例都已绑定此安全组。',
    loadFailed: '无法加载该地域的安全组',
  },
};

/** AssociateSecurityGroups: one group of the region for every chosen instance that does not have it yet. */
export function BindSecurityGroupDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const groupId = useId();
  const groups = useSecurityGroups(scope);
  const [chosen, setChosen] = useState('');
  const group = chosen || groups.data?.[0]?.SecurityGroupId || '';
  const missing = instances.filter((instance) => !instance.SecurityGroupIds.includes(group));
  const bind = useApplyChange(scope, (variables: { ids: string[] }) => callAction(cvm.AssociateSecurityGroups, { SecurityGroupIds: [group], InstanceIds: variables.ids }, scope));

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instances.length)}
      onClose={onClose}
      pending={bind.isPending}
      error={bind.error}
      ready={Boolean(group) && missing.length > 0}
      onConfirm={() => bind.mutate({ ids: missing.map((instance) => instance.InstanceId) }, { onSuccess: onSucceeded })}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {groups.isError && <ErrorPanel error={groups.error} title={m.loadFailed} onRetry={() => void groups.refetch()} />}
      <FormField id={groupId} label={m.group}>
        <Select id={groupId} value={group} onChange={(event) => setChosen(event.target.value)} className="w-full">
          {(groups.data ?? []).map((candidate) => (
            <option key={candidate.SecurityGroupId} value={candidate.SecurityGroupId}>
              {candidate.SecurityGroupName} ({candidate.SecurityGroupId})
            </option>
          ))}
        </Select>
      </FormField>
      {group && missing.length === 0 && <p className="text-fg-muted">{m.already}</p>}
    </ActionDialogFrame>
  );
}
