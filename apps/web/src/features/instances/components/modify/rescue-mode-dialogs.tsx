import { cvm, isWindowsInstance, type Instance } from '@cvm/shared';
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { NewPasswordFields } from '../../../../components/password-rules/new-password-fields.tsx';
import { useNewPassword } from '../../../../components/password-rules/use-new-password.ts';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { FormField } from '../../../../components/ui/form-field.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { instanceKeys } from '../../../../cloud/cvm/describe-instances.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { followIfMayHaveHappened } from '../../api/follow-lost-answer.ts';
import { markTransitional } from '../../api/run-instance-action.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { modifyMessages } from './messages.ts';

type StopType = 'SOFT' | 'HARD' | 'SOFT_FIRST';

const words: Localized<{
  enterTitle: (name: string) => string;
  enterBody: string;
  user: string;
  userHint: string;
  stopLegend: string;
  stops: Record<StopType, { label: string; hint: string }>;
  exitTitle: (name: string) => string;
  exitBody: string;
}> = {
  en: {
    enterTitle: (name) => `Enter rescue mode on ${name}`,
    enterBody:
      'The instance boots a rescue system, from which its own system disk can be mounted and repaired. Log in to it with the user and password below; the password is sent once and kept nowhere.',
    user: 'Rescue login user',
    userHint: 'The rescue system’s user; root unless you need another.',
    stopLegend: 'The instance is running. How should it shut down first?',
    stops: {
      SOFT: { label: 'Shut down', hint: 'A clean shutdown; refused if the system does not respond.' },
      SOFT_FIRST: { label: 'Shut down, then force off', hint: 'Forced off if a clean shutdown fails.' },
      HARD: { label: 'Force off', hint: 'Like pulling the power: unsaved data is lost.' },
    },
    exitTitle: (name) => `Leave rescue mode on ${name}?`,
    exitBody: 'The rescue system shuts down and the instance comes back stopped, ready to start from its own system disk.',
  },
  'zh-CN': {
    enterTitle: (name) => `${name} 进入救援模式`,
    enterBody: '实例将启动救援系统，可在其中挂载并修复自身的系统盘。使用下方的用户名和密码登录救援系统；密码只发送一次，不会保存。',
    user: '救援登录用户',
    userHint: '救援系统的用户名；如无特殊需要使用 root。',
    stopLegend: '实例正在运行。进入救援模式前如何关机？',
    stops: {
      SOFT: { label: '正常关机', hint: '正常关机；系统无响应时会失败。' },
      SOFT_FIRST: { label: '先正常关机，失败则强制关机', hint: '正常关机失败时强制关机。' },
      HARD: { label: '强制关机', hint: '相当于断电：未保存的数据会丢失。' },
    },
    exitTitle: (name) => `${name} 退出救援模式？`,
    exitBody: '救援系统将关机，实例回到已关机状态，可从自身系统盘启动。',
  },
};

/** One rescue-mode call for one instance: on success its row shows the transition at once, then is followed. */
function useRescueCall<P>(scope: CloudScope, instance: Instance, send: (params: P) => Promise<unknown>, stateAfter: Instance['InstanceState']) {
  const client = useQueryClient();
  const ids = [instance.InstanceId];
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await client.cancelQueries({ queryKey: instanceKeys.lists(scope) });
      markTransitional(client, scope, ids, () => stateAfter);
    },
    onError: (error) => void followIfMayHaveHappened(client, scope, ids, error),
  });
}

/**
 * EnterRescueMode: the rescue system's login (user, and a password under the login rule of the instance's OS, checked
 * as it is typed), and for a running instance how it shuts down first (StopType).
 */
export function EnterRescueModeDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const modify = useLocalized(modifyMessages);
  const instance = instances[0]!;
  const userId = useId();
  const [attempted, setAttempted] = useState(false);
  const [user, setUser] = useState('root');
  const [stopType, setStopType] = useState<StopType>('SOFT');
  const running = instance.InstanceState === 'RUNNING';
  const newPassword = useNewPassword({ kind: 'login', platform: isWindowsInstance(instance) ? 'windows' : 'linux' }, attempted, modify);
  const enter = useRescueCall(
    scope,
    instance,
    (password: string) =>
      callAction(
        cvm.EnterRescueMode,
        { InstanceId: instance.InstanceId, Password: password, ...(user.trim() ? { Username: user.trim() } : {}), ...(running ? { StopType: stopType } : {}) },
        scope,
      ),
    'ENTER_RESCUE_MODE',
  );

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.enterTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={enter.isPending}
      error={enter.error}
      size="lg"
      onConfirm={() => {
        setAttempted(true);
        if (newPassword.ok) enter.mutate(newPassword.password, { onSuccess: onSucceeded });
      }}
    >
      <p className="text-fg-muted">{m.enterBody}</p>
      <FormField id={userId} label={m.user} hint={m.userHint}>
        <TextInput id={userId} value={user} onChange={(event) => setUser(event.target.value)} autoComplete="off" spellCheck={false} className="font-mono" />
      </FormField>
      <NewPasswordFields {...newPassword.fields} />
      {running ? (
        <ChoiceGroup<StopType>
          legend={m.stopLegend}
          value={stopType}
          onChange={setStopType}
          choices={(['SOFT', 'SOFT_FIRST', 'HARD'] as const).map((value) => ({ value, label: m.stops[value].label, hint: m.stops[value].hint }))}
        />
      ) : null}
    </ActionDialogFrame>
  );
}

/** ExitRescueMode: the instance leaves the rescue system and comes back stopped. */
export function ExitRescueModeDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const instance = instances[0]!;
  const exit = useRescueCall(scope, instance, () => callAction(cvm.ExitRescueMode, { InstanceId: instance.InstanceId }, scope), 'EXIT_RESCUE_MODE');
  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.exitTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={exit.isPending}
      error={exit.error}
      onConfirm={() => exit.mutate(undefined, { onSuccess: onSucceeded })}
    >
      <p className="text-fg-muted">{m.exitBody}</p>
    </ActionDialogFrame>
  );
}
