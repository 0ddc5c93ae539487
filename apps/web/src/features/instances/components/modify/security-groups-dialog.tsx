import { cvm } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { LabelledSelect } from '../../../../components/ui/labelled-select.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useSecurityGroups } from '../../../../cloud/vpc/security-groups.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { SaveChangeFrame } from './save-change-frame.tsx';

const MAX_SECURITY_GROUPS = cvm.MAX_INSTANCE_SECURITY_GROUPS;

const words: Localized<{
  title: (name: string) => string;
  intro: string;
  listLabel: string;
  up: (name: string) => string;
  down: (name: string) => string;
  remove: (name: string) => string;
  add: string;
  addLabel: string;
  full: string;
  atLeastOne: string;
  loadFailed: string;
}> = {
  en: {
    title: (name) => `Security groups of ${name}`,
    intro: 'Their rules apply in this order, the first one first. The change applies at once, without a restart.',
    listLabel: 'Bound security groups, in order',
    up: (name) => `Move ${name} up`,
    down: (name) => `Move ${name} down`,
    remove: (name) => `Unbind ${name}`,
    add: 'Bind',
    addLabel: 'Security group to bind',
    full: `An instance takes at most ${MAX_SECURITY_GROUPS} security groups.`,
    atLeastOne: 'An instance keeps at least one security group.',
    loadFailed: 'Could not load the region’s security groups',
  },
  'zh-CN': {
    title: (name) => `${name} 的安全组`,
    intro: '规则按此顺序生效，排在前面的优先。修改立即生效，无需重启。',
    listLabel: '已绑定的安全组（按顺序）',
    up: (name) => `上移 ${name}`,
    down: (name) => `下移 ${name}`,
    remove: (name) => `解绑 ${name}`,
    add: '绑定',
    addLabel: '要绑定的安全组',
    full: `每台实例最多绑定 ${MAX_SECURITY_GROUPS} 个安全组。`,
    atLeastOne: '实例至少保留一个安全组。',
    loadFailed: '无法加载该地域的安全组',
  },
};

/** ModifyInstancesAttribute { SecurityGroups } for one instance: its groups in order, bound, unbound and moved. */
export function SecurityGroupsDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const t = useT();
  const m = useLocalized(words);
  const listId = useId();
  const instance = instances[0]!;
  const groups = useSecurityGroups(scope);
  const [chosen, setChosen] = useState<string[]>(instance.SecurityGroupIds ?? []);
  const names = new Map((groups.data ?? []).map((group) => [group.SecurityGroupId, group.SecurityGroupName]));
  const others = (groups.data ?? []).filter((group) => !chosen.includes(group.SecurityGroupId));
  const [adding, setAdding] = useState('');
  const move = (index: number, by: number) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const label = (id: string) => (names.get(id) ? `${names.get(id)} (${id})` : id);
  const unchanged = chosen.join() === (instance.SecurityGroupIds ?? []).join();

  return (
    <SaveChangeFrame
      {...{ action, instances, scope, onClose, onSucceeded }}
      title={m.title(instanceLabel(instance))}
      ready={!unchanged && chosen.length > 0}
      send={(ids) => callAction(cvm.ModifyInstancesAttribute, { InstanceIds: ids, SecurityGroups: chosen }, scope)}
      shows={{ SecurityGroupIds: chosen }}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {groups.isError && <ErrorPanel error={groups.error} title={m.loadFailed} onRetry={() => void groups.refetch()} />}
      <ol id={listId} aria-label={m.listLabel} className="divide-y divide-line rounded-md border border-line">
        {chosen.map((id, index) => (
          <li key={id} className="flex items-center gap-2 px-3 py-2">
            <span className="w-5 text-right text-xs text-fg-subtle tabular-nums">{index + 1}</span>
            <span className="min-w-0 flex-1 truncate">{label(id)}</span>
            <Button variant="ghost" aria-label={m.up(label(id))} title={m.up(label(id))} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </Button>
            <Button variant="ghost" aria-label={m.down(label(id))} title={m.down(label(id))} disabled={index === chosen.length - 1} onClick={() => move(index, 1)}>
              ↓
            </Button>
            <Button
              variant="ghost"
              aria-label={m.remove(label(id))}
              title={m.remove(label(id))}
              disabled={chosen.length === 1}
              onClick={() => setChosen((list) => list.filter((other) => other !== id))}
            >
              ×
            </Button>
          </li>
        ))}
      </ol>
      {chosen.length === 1 && <p className="text-xs text-fg-muted">{m.atLeastOne}</p>}
      {groups.isPending ? (
        <Spinner label={t.common.loading} className="text-fg-muted" />
      ) : chosen.length >= MAX_SECURITY_GROUPS ? (
        <p className="text-xs text-fg-muted">{m.full}</p>
      ) : (
        <div className="flex items-end gap-2">
          <LabelledSelect label={m.addLabel} value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">—</option>
            {others.map((group) => (
              <option key={group.SecurityGroupId} value={group.SecurityGroupId}>
                {group.SecurityGroupName} ({group.SecurityGroupId})
              </option>
            ))}
          </LabelledSelect>
          <Button
            disabled={!adding}
            onClick={() => {
              setChosen((list) => [...list, adding]);
              setAdding('');
            }}
          >
            {m.add}
          </Button>
        </div>
      )}
    </SaveChangeFrame>
  );
}
