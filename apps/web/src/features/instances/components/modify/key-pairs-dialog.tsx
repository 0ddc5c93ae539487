import { cvm } from '@cvm/shared';
import { useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useKeyPairs } from '../../../../cloud/cvm/key-pairs.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useChangeFlow, type RunningChoice } from '../../api/change-flow.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { StopFirstProgress } from './flow-progress.tsx';
import { flowError } from './flow-error.ts';
import { modifyMessages } from './messages.ts';
import { RunningChoiceField } from './running-choice.tsx';

const words: Localized<{
  title: (name: string) => string;
  intro: string;
  legend: string;
  none: string;
  unbindAll: string;
  unchanged: string;
  step: string;
  loadFailed: string;
}> = {
  en: {
    title: (name) => `SSH key pairs of ${name}`,
    intro: 'Binding replaces the keys the instance had. With no key left it logs in with its password again (if it has one).',
    legend: 'Keys that log in',
    none: 'This region has no key pairs yet: create or import one on the Key pairs page.',
    unbindAll: 'No key will be bound: the instance keeps password login only.',
    unchanged: 'Tick or untick a key first.',
    step: 'Change the key pairs',
    loadFailed: 'Could not load the region’s key pairs',
  },
  'zh-CN': {
    title: (name) => `${name} 的 SSH 密钥`,
    intro: '绑定会替换实例原有的密钥。解绑全部密钥后，实例恢复使用密码登录（如已设置密码）。',
    legend: '用于登录的密钥',
    none: '该地域还没有密钥对：请先在 SSH 密钥页面创建或导入。',
    unbindAll: '将不绑定任何密钥：实例仅能用密码登录。',
    unchanged: '请先勾选或取消勾选密钥。',
    step: '修改密钥',
    loadFailed: '无法加载该地域的密钥对',
  },
};

/**
 * The keys of one Linux instance, set as a whole: AssociateInstancesKeyPairs with the ticked keys (which replaces the
 * ones it had), or DisassociateInstancesKeyPairs of all of them when none is left ticked. A running instance is
 * stopped first, by the console or by the cloud (ForceStop, which starts it again).
 */
export function KeyPairsDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const modify = useLocalized(modifyMessages);
  const t = useT();
  const instance = instances[0]!;
  const bound = instance.LoginSettings.KeyIds ?? [];
  const keyPairs = useKeyPairs(scope);
  const [chosen, setChosen] = useState<readonly string[]>(bound);
  const [choice, setChoice] = useState<RunningChoice>('stop-first');
  const [attempted, setAttempted] = useState(false);
  const flow = useChangeFlow(scope);
  const running = instance.InstanceState === 'RUNNING';
  const unchanged = chosen.length === bound.length && chosen.every((id) => bound.includes(id));
  const toggle = (id: string, on: boolean) => setChosen((list) => (on ? [...list, id] : list.filter((other) => other !== id)));

  const confirm = () => {
    setAttempted(true);
    if (unchanged) return;
    const ids = { InstanceIds: [instance.InstanceId] };
    void flow.run(
      {
        instance,
        operation: chosen.length > 0 ? 'AssociateInstancesKeyPairs' : 'DisassociateInstancesKeyPairs',
        choice,
        send: ({ forceStop }) =>
          chosen.length > 0
            ? callAction(cvm.AssociateInstancesKeyPairs, { ...ids, KeyIds: [...chosen], ...(forceStop ? { ForceStop: true } : {}) }, scope)
            : callAction(cvm.DisassociateInstancesKeyPairs, { ...ids, KeyIds: [...bound], ...(forceStop ? { ForceStop: true } : {}) }, scope),
      },
      onSucceeded,
    );
  };

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instanceLabel(instance))}
      onClose={onClose}
      pending={flow.pending}
      error={flowError(flow.error, modify, t)}
      onConfirm={confirm}
      confirmLabel={t.common.save}
      size="lg"
      progress={<StopFirstProgress flow={flow} running={running} choice={choice} changeText={m.step} />}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {keyPairs.isPending && <Spinner />}
      {keyPairs.isError && <ErrorPanel error={keyPairs.error} title={m.loadFailed} onRetry={() => void keyPairs.refetch()} />}
      {keyPairs.data && keyPairs.data.length === 0 && <p className="text-fg-muted">{m.none}</p>}
      {keyPairs.data && keyPairs.data.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="mb-1 text-sm font-medium text-fg">{m.legend}</legend>
          {keyPairs.data.map((key) => (
            <label key={key.KeyId} className="flex items-start gap-2.5 text-sm">
              <Checkbox className="mt-0.5" checked={chosen.includes(key.KeyId)} onChange={(event) => toggle(key.KeyId, event.target.checked)} disabled={flow.pending} />
              <span>
                <span className="font-medium">{key.KeyName}</span> <span className="font-mono text-xs text-fg-muted">{key.KeyId}</span>
                {key.Description && <span className="block text-xs text-fg-muted">{key.Description}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {chosen.length === 0 && bound.length > 0 && <p className="text-fg-muted">{m.unbindAll}</p>}
      {attempted && unchanged && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {m.unchanged}
        </p>
      )}
      {running ? <RunningChoiceField value={choice} onChange={setChoice} disabled={flow.pending || flow.stoppedByUs} /> : <p className="text-fg-muted">{modify.staysStopped}</p>}
    </ActionDialogFrame>
  );
}
