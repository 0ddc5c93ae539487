import { cvm } from '@cvm/shared';
import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { placementKeys, usePlacementGroups } from '../../../../cloud/cvm/placement.ts';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

const words: Localized<{
  title: (who: string) => string;
  intro: string;
  group: string;
  none: string;
  option: (name: string, current: number, total: number) => string;
  already: string;
  loadFailed: string;
}> = {
  en: {
    title: (who) => `Placement group of ${who}`,
    intro: 'Instances in a placement group are spread over physical hosts, switches or racks; a group holds a limited number. The change applies at once.',
    group: 'Placement group',
    none: 'None: leave its group',
    option: (name, current, total) => `${name} (${current} of ${total})`,
    already: 'Every chosen instance is there already.',
    loadFailed: 'Could not read the placement groups',
  },
  'zh-CN': {
    title: (who) => `调整 ${who} 的置放群组`,
    intro: '置放群组内的实例分散部署在不同物理机、交换机或机架上；每个群组可容纳的实例数有限。调整立即生效。',
    group: '置放群组',
    none: '不使用：移出所在群组',
    option: (name, current, total) => `${name}（${current} / ${total}）`,
    already: '所选实例都已在此位置。',
    loadFailed: '无法读取置放群组',
  },
};

/** ModifyInstancesDisasterRecoverGroup for the chosen instances: into one of the region's groups, or out of theirs. */
export function PlacementGroupDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const client = useQueryClient();
  const selectId = useId();
  const groups = usePlacementGroups(scope);
  const [chosen, setChosen] = useState<string>();
  const current = instances[0]!.DisasterRecoverGroupId ?? '';
  const target = chosen ?? (current ? '' : (groups.data?.[0]?.DisasterRecoverGroupId ?? ''));
  const moving = instances.filter((instance) => (instance.DisasterRecoverGroupId ?? '') !== target);
  const move = useApplyChange(
    scope,
    async (variables: { ids: string[]; groupId: string }) => {
      await callAction(cvm.ModifyInstancesDisasterRecoverGroup, { InstanceIds: variables.ids, ...(variables.groupId ? { DisasterRecoverGroupId: variables.groupId } : {}) }, scope);
      await client.invalidateQueries({ queryKey: placementKeys.all(scope) });
    },
    (instance, variables) => ({ ...instance, DisasterRecoverGroupId: variables.groupId, DisasterRecoverGroupIds: variables.groupId ? [variables.groupId] : [] }),
  );

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instances.length === 1 ? instanceLabel(instances[0]!) : String(instances.length))}
      onClose={onClose}
      pending={move.isPending}
      error={move.error}
      ready={Boolean(groups.data) && moving.length > 0}
      onConfirm={() => move.mutate({ ids: moving.map((instance) => instance.InstanceId), groupId: target }, { onSuccess: onSucceeded })}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {groups.isError && <ErrorPanel error={groups.error} title={m.loadFailed} onRetry={() => void groups.refetch()} />}
      <FormField id={selectId} label={m.group}>
        <Select id={selectId} value={target} onChange={(event) => setChosen(event.target.value)} className="w-full">
          <option value="">{m.none}</option>
          {(groups.data ?? []).map((group) => (
            <option key={group.DisasterRecoverGroupId} value={group.DisasterRecoverGroupId}>
              {m.option(group.Name, group.CurrentNum, group.CvmQuotaTotal)}
            </option>
          ))}
        </Select>
      </FormField>
      {groups.data && moving.length === 0 && <p className="text-fg-muted">{m.already}</p>}
    </ActionDialogFrame>
  );
}
