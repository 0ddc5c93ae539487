import { useId, useState } from 'react';
import type { Instance } from '@cvm/shared';
import * as cvm from '../../../../api/actions.ts';
import { callAction } from '../../../../api/call-action.ts';
import { PasswordRules, passwordMeetsRules, type PasswordRuleSet } from '../../../../components/password-rules/password-rules.tsx';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { PasswordInput } from '../../../../components/ui/password-input.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useChangeFlow, type RunningChoice } from '../../api/change-flow.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { FlowProgress } from './flow-progress.tsx';
import { flowError } from './flow-error.ts';
import { modifyMessages } from './messages.ts';
import { RunningChoiceField } from './running-choice.tsx';

/** Windows instances follow Windows' password rules (ResetInstancesPassword: any Windows instance in the batch). */
const isWindows = (instance: Instance) => instance.OsName.toLowerCase().includes('windows');

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
  const ids = { password: useId(), confirm: useId(), rules: useId() };
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [choice, setChoice] = useState<RunningChoice>('stop-first');
  const flow = useChangeFlow(scope);
  const running = instance.InstanceState === 'RUNNING';
  const windows = isWindows(instance);
  // No UserName is sent, so the cloud resets (and checks against) the image's administrator: Administrator on Windows.
  const userName = windows ? 'Administrator' : instance.DefaultLoginUser || 'root';
  const rules: PasswordRuleSet = { kind: 'reset', platform: windows ? 'windows' : 'linux', userName };
  const weak = !passwordMeetsRules(password, rules);
  const passwordError = (attempted || password !== '') && weak ? (password === '' ? m.passwordMissing : m.passwordWeak) : undefined;
  const confirmError = attempted && !weak ? (confirmation === '' ? m.confirmMissing : confirmation !== password ? m.passwordsDiffer : undefined) : undefined;

  const confirm = () => {
    setAttempted(true);
    if (weak || confirmation !== password) return;
    void flow.run(
      {
        instance,
        operation: 'ResetInstancesPassword',
        choice,
        send: ({ forceStop }) =>
          callAction(cvm.ResetInstancesPassword, { InstanceIds: [instance.InstanceId], Password: password, ...(forceStop ? { ForceStop: true } : {}) }, scope),
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
      progress={
        running && choice === 'stop-first' && flow.step !== 'idle' ? <FlowProgress step={flow.step} observed={flow.observed} changeText={m.stepPassword} /> : null
      }
    >
      <p className="text-fg-muted">{m.passwordFor(userName)}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <FormField id={ids.password} label={m.newPassword} error={passwordError}>
            <PasswordInput
              id={ids.password}
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={[ids.rules, describedBy(ids.password, { error: passwordError })].filter(Boolean).join(' ')}
              data-autofocus
            />
          </FormField>
          <PasswordRules id={ids.rules} password={password} rules={rules} />
        </div>
        <FormField id={ids.confirm} label={m.confirmPassword} error={confirmError} hint={m.passwordNeverKept}>
          <PasswordInput
            id={ids.confirm}
            autoComplete="new-password"
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={describedBy(ids.confirm, { hint: m.passwordNeverKept, error: confirmError })}
          />
        </FormField>
      </div>
      {running ? <RunningChoiceField value={choice} onChange={setChoice} disabled={flow.pending || flow.stoppedByUs} /> : <p className="text-fg-muted">{m.staysStopped}</p>}
    </ActionDialogFrame>
  );
}
