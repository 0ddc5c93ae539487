import { cvm, isWindowsInstance } from '@cvm/shared';
import { useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { NewPasswordFields } from '../../../../components/password-rules/new-password-fields.tsx';
import type { PasswordRuleSet } from '../../../../components/password-rules/password-rules.tsx';
import { useNewPassword } from '../../../../components/password-rules/use-new-password.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useChangeFlow, type RunningChoice } from '../../api/change-flow.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { StopFirstProgress } from './flow-progress.tsx';
import { flowError } from './flow-error.ts';
import { modifyMessages } from './messages.ts';
import { RunningChoiceField } from './running-choice.tsx';

/**
 * Reset the login password (ResetInstancesPassword) under the reset rule, which is stricter than at purchase: checked
 * as it is typed with the shared rule, and a password that fails it is refused here, before anything is sent. A
 * running instance is stopped first (by the console, or by the cloud with ForceStop). The password lives in this
 * dialog's memory only: the change flow keeps no cache of it.
 */
export function ResetPasswordDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const t = useT();
  const [attempted, setAttempted] = useState(false);
  const [choice, setChoice] = useState<RunningChoice>('stop-first');
  const flow = useChangeFlow(scope);
  const running = instance.InstanceState === 'RUNNING';
  const windows = isWindowsInstance(instance);
  // No UserName is sent, so the cloud resets (and checks against) the image's administrator: Administrator on Windows.
  const userName = windows ? 'Administrator' : instance.DefaultLoginUser || 'root';
  const rules: PasswordRuleSet = { kind: 'reset', platform: windows ? 'windows' : 'linux', userName };
  const newPassword = useNewPassword(rules, attempted, m);

  const confirm = () => {
    setAttempted(true);
    if (!newPassword.ok) return;
    void flow.run(
      {
        instance,
        operation: 'ResetInstancesPassword',
        choice,
        send: ({ forceStop }) =>
          callAction(cvm.ResetInstancesPassword, { InstanceIds: [instance.InstanceId], Password: newPassword.password, ...(forceStop ? { ForceStop: true } : {}) }, scope),
      },
      onSucceeded,
    );
  };

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.passwordTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={flow.pending}
      error={flowError(flow.error, m, t)}
      onConfirm={confirm}
      size="lg"
      progress={<StopFirstProgress flow={flow} running={running} choice={choice} changeText={m.stepPassword} />}
    >
      <p className="text-fg-muted">{m.passwordFor(userName)}</p>
      <NewPasswordFields {...newPassword.fields} autoFocus />
      {running ? <RunningChoiceField value={choice} onChange={setChoice} disabled={flow.pending || flow.stoppedByUs} /> : <p className="text-fg-muted">{m.staysStopped}</p>}
    </ActionDialogFrame>
  );
}
