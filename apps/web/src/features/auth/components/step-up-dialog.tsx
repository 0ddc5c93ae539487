import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { sendConsole } from '../../../api/console-api.ts';
import { toConsoleError } from '../../../api/console-error.ts';
import { Button } from '../../../components/ui/button.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { authMessages } from '../messages.ts';
import { SecondFactorField } from './second-factor-field.tsx';

/**
 * "Confirm it's you": a dangerous action (terminate, reinstall, security group rules, people, cloud accounts) wants a
 * second factor from the last minutes. A code (or a recovery code) sent to POST /api/console/step-up; the action is
 * then sent again by the HTTP layer.
 */
export default function StepUpDialog({ onDone }: { onDone: (verified: boolean) => void }) {
  const t = useT();
  const m = useLocalized(authMessages);
  const titleId = useId();
  const id = useId();
  const [byRecoveryCode, setByRecoveryCode] = useState(false);
  const [value, setValue] = useState('');
  const verify = useMutation({
    mutationFn: (proof: { code: string } | { recoveryCode: string }) => sendConsole<{ secondFactorAt: string }>('POST', '/api/console/step-up', proof),
  });
  const error = verify.isError ? toConsoleError(verify.error).message : undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (verify.isPending || !value.trim()) return;
    verify.mutate(byRecoveryCode ? { recoveryCode: value.trim() } : { code: value.replace(/\s/g, '') }, { onSuccess: () => onDone(true) });
  };
  return (
    <ModalDialog labelledBy={titleId} onClose={() => onDone(false)}>
      <form onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col" noValidate>
        <DialogHeader id={titleId} title={m.stepUp.title} />
        <DialogBody>
          <p className="text-sm text-fg-muted">{m.stepUp.why}</p>
          <SecondFactorField id={id} byRecoveryCode={byRecoveryCode} value={value} onChange={setValue} error={error} />
          <Button
            variant="ghost"
            onClick={() => {
              setByRecoveryCode((v) => !v);
              setValue('');
              verify.reset();
            }}
          >
            {byRecoveryCode ? m.auth.useAuthenticator : m.auth.useRecoveryCode}
          </Button>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => onDone(false)}>{t.common.cancel}</Button>
          <Button type="submit" variant="primary" disabled={verify.isPending || !value.trim()}>
            {verify.isPending && <Spinner />}
            {m.stepUp.confirm}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
