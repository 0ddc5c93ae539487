import { useEffect, useId, useState, type FormEvent } from 'react';
import { toConsoleError } from '../../../api/console-error.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useSecondFactor } from '../api/two-factor.ts';
import { authMessages } from '../messages.ts';
import { SecondFactorField } from './second-factor-field.tsx';

/**
 * The second step of signing in, after a right password: a code from the authenticator app, or a recovery code. A
 * challenge that expired (or took too many wrong codes) sends the person back to the password.
 */
export function SecondFactorStep({ challenge, onRestart }: { challenge: string; onRestart: (expired: boolean) => void }) {
  const m = useLocalized(authMessages).auth;
  const id = useId();
  const [byRecoveryCode, setByRecoveryCode] = useState(false);
  const [value, setValue] = useState('');
  const verify = useSecondFactor();
  const error = verify.isError ? toConsoleError(verify.error) : undefined;
  const expired = error?.code === 'SignInChallengeExpired';
  useEffect(() => {
    if (expired) onRestart(true);
  }, [expired, onRestart]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (verify.isPending || !value.trim()) return;
    verify.mutate(byRecoveryCode ? { challenge, recoveryCode: value.trim() } : { challenge, code: value.replace(/\s/g, '') });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <h2 className="text-base font-semibold text-fg">{m.codeTitle}</h2>
      {error && error.code !== 'SignInChallengeExpired' && (
        <FormAlert>
          <p className="font-medium">{error.code === 'InvalidSecondFactor' ? m.wrongCode : m.signInFailed}</p>
        </FormAlert>
      )}
      <SecondFactorField id={id} byRecoveryCode={byRecoveryCode} value={value} onChange={setValue} />
      <Button type="submit" variant="primary" className="h-9 w-full" disabled={verify.isPending}>
        {verify.isPending ? m.verifying : m.verify}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Button
          variant="ghost"
          onClick={() => {
            setByRecoveryCode((v) => !v);
            setValue('');
            verify.reset();
          }}
        >
          {byRecoveryCode ? m.useAuthenticator : m.useRecoveryCode}
        </Button>
        <Button variant="ghost" onClick={() => onRestart(false)}>
          {m.backToPassword}
        </Button>
      </div>
    </form>
  );
}
