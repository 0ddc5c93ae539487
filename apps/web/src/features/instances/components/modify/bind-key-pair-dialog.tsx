import { cvm } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { useKeyPairs } from '../../../../cloud/cvm/key-pairs.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

const words: Localized<{
  title: (count: number) => string;
  intro: string;
  key: string;
  none: string;
  force: (count: number) => string;
  forceHint: string;
  runningNeedForce: string;
  loadFailed: string;
}> = {
  en: {
    title: (count) => `Bind a key pair to ${count} ${count === 1 ? 'instance' : 'instances'}`,
    intro: 'The key replaces the keys each instance had. Stopped instances stay stopped.',
    key: 'Key pair',
    none: 'This region has no key pairs yet: create or import one on the Key pairs page.',
    force: (count) => `Force off and restart the ${count} running ${count === 1 ? 'instance' : 'instances'} (ForceStop)`,
    forceHint: 'Like pulling the power: unsaved data is lost. Without it, the cloud refuses running instances.',
    runningNeedForce: 'Running instances take a key only when forced off and restarted: tick the box, or stop them first.',
    loadFailed: 'Could not load the region’s key pairs',
  },
  'zh-CN': {
    title: (count) => `为 ${count} 台实例绑定密钥`,
    intro: '该密钥会替换每台实例原有的密钥。已关机的实例保持关机。',
    key: '密钥对',
    none: '该地域还没有密钥对：请先在 SSH 密钥页面创建或导入。',
    force: (count) => `强制关机并重启 ${count} 台运行中的实例（ForceStop）`,
    forceHint: '相当于断电：未保存的数据会丢失。不勾选时，云端拒绝运行中的实例。',
    runningNeedForce: '运行中的实例只有在强制关机并重启时才能绑定密钥：请勾选，或先关机。',
    loadFailed: '无法加载该地域的密钥对',
  },
};

/** AssociateInstancesKeyPairs: one key of the region for every chosen Linux instance, running ones only when forced. */
export function BindKeyPairDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const ids = { key: useId(), force: useId() };
  const keyPairs = useKeyPairs(scope);
  const [chosen, setChosen] = useState('');
  const [force, setForce] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const key = chosen || keyPairs.data?.[0]?.KeyId || '';
  const running = instances.filter((instance) => instance.InstanceState === 'RUNNING').length;
  const bind = useApplyChange(scope, (variables: { ids: string[] }) =>
    callAction(cvm.AssociateInstancesKeyPairs, { InstanceIds: variables.ids, KeyIds: [key], ...(force ? { ForceStop: true } : {}) }, scope),
  );

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instances.length)}
      onClose={onClose}
      pending={bind.isPending}
      error={bind.error}
      ready={Boolean(key)}
      onConfirm={() => {
        setAttempted(true);
        if (running > 0 && !force) return;
        bind.mutate({ ids: instances.map((instance) => instance.InstanceId) }, { onSuccess: onSucceeded });
      }}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {keyPairs.isError && <ErrorPanel error={keyPairs.error} title={m.loadFailed} onRetry={() => void keyPairs.refetch()} />}
      {keyPairs.data?.length === 0 && <p className="text-fg-muted">{m.none}</p>}
      <FormField id={ids.key} label={m.key}>
        <Select id={ids.key} value={key} onChange={(event) => setChosen(event.target.value)} className="w-full">
          {(keyPairs.data ?? []).map((candidate) => (
            <option key={candidate.KeyId} value={candidate.KeyId}>
              {candidate.KeyName} ({candidate.KeyId})
            </option>
          ))}
        </Select>
      </FormField>
      {running > 0 && (
        <div className="space-y-1">
          <label htmlFor={ids.force} className="flex cursor-pointer items-center gap-2.5 font-medium">
            <Checkbox id={ids.force} checked={force} onChange={(event) => setForce(event.target.checked)} aria-describedby={`${ids.force}-hint`} />
            {m.force(running)}
          </label>
          <p id={`${ids.force}-hint`} className="pl-6.5 text-xs text-fg-muted">
            {m.forceHint}
          </p>
          {attempted && !force && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {m.runningNeedForce}
            </p>
          )}
        </div>
      )}
    </ActionDialogFrame>
  );
}
