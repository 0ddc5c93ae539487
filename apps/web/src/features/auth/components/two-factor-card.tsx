import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { TwoFactorEnrolment } from '@cvm/shared';
import { toConsoleError } from '../../../api/console-error.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useConfirmTwoFactor, useDisableTwoFactor, useEnrolTwoFactor, useTwoFactorStatus } from '../api/two-factor.ts';
import { authMessages } from '../messages.ts';

/** A code field (six digits, or a recovery code when `recovery`), labelled, with the server's refusal under it. */
function CodeField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} className="w-64">
      <TextInput
        id={id}
        autoComplete="one-time-code"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="font-mono tracking-widest"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: true, error })}
      />
    </FormField>
  );
}

/**
 * "Two-factor sign-in" on Your account: set it up with an authenticator app (a QR code, or the secret typed), confirm
 * with a code, keep the ten recovery codes shown once; or turn it off with a current code or a recovery code.
 */
export function TwoFactorCard({ onFinished }: { onFinished?: () => void } = {}) {
  const m = useLocalized(authMessages).twoFactor;
  const ids = { code: useId(), off: useId(), secret: useId() };
  const status = useTwoFactorStatus();
  const enrol = useEnrolTwoFactor();
  const confirm = useConfirmTwoFactor();
  const disable = useDisableTwoFactor();
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment>();
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [offCode, setOffCode] = useState('');
  const confirmError = confirm.isError ? toConsoleError(confirm.error).message : undefined;
  const offError = disable.isError ? toConsoleError(disable.error).message : undefined;

  const onConfirm = (event: FormEvent) => {
    event.preventDefault();
    if (confirm.isPending) return;
    confirm.mutate(code.replace(/\s/g, ''), {
      onSuccess: (answer) => {
        setRecoveryCodes(answer.recoveryCodes);
        setEnrolment(undefined);
        setCode('');
      },
    });
  };
  const onDisable = (event: FormEvent) => {
    event.preventDefault();
    if (disable.isPending) return;
    const proof = /^\d{6}$/.test(offCode.replace(/\s/g, '')) ? { code: offCode.replace(/\s/g, '') } : { recoveryCode: offCode.trim() };
    disable.mutate(proof, { onSuccess: () => setOffCode('') });
  };

  let body: ReactNode;
  if (recoveryCodes) {
    body = (
      <section aria-label={m.recoveryCodesLabel} className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-400/40 dark:bg-amber-400/10">
        <p className="font-medium text-fg">{m.recoveryCodesNow}</p>
        <ul className="grid grid-cols-2 gap-1 font-mono text-[13px] text-fg sm:grid-cols-5">
          {recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <div className="flex gap-2">
          <CopyButton text={recoveryCodes.join('\n')} label={m.copyRecoveryCodes} />
          <Button
            onClick={() => {
              setRecoveryCodes(undefined);
              onFinished?.();
            }}
          >
            {m.done}
          </Button>
        </div>
      </section>
    );
  } else if (status.isError) {
    body = <ErrorPanel error={status.error} onRetry={() => void status.refetch()} />;
  } else if (!status.data) {
    body = <Spinner label={m.loading} className="text-fg-muted" />;
  } else if (status.data.enabled) {
    body = (
      <form onSubmit={onDisable} className="space-y-3">
        <p className="text-sm text-fg">{m.on(status.data.recoveryCodesLeft)}</p>
        <div className="flex flex-wrap items-end gap-3">
          <CodeField id={ids.off} label={m.codeOrRecovery} hint={m.offHint} value={offCode} onChange={setOffCode} error={offError} />
          <Button type="submit" disabled={disable.isPending || !offCode.trim()}>
            {m.turnOff}
          </Button>
        </div>
      </form>
    );
  } else if (enrolment) {
    body = (
      <form onSubmit={onConfirm} className="space-y-4">
        <p className="text-sm text-fg">{m.scan}</p>
        <div className="flex flex-wrap items-start gap-5">
          <img src={`data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`} alt={m.qrAlt} width={176} height={176} className="rounded bg-white p-1" />
          <div className="min-w-0 space-y-2 text-sm">
            <label htmlFor={ids.secret} className="block text-fg-muted">
              {m.orType}
            </label>
            <TextInput
              id={ids.secret}
              readOnly
              value={enrolment.secret}
              aria-label={m.secretLabel}
              className="w-80 font-mono text-[13px]"
              onFocus={(event) => event.target.select()}
            />
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <CodeField id={ids.code} label={m.code} hint={m.codeHint} value={code} onChange={setCode} error={confirmError} />
          <Button type="submit" variant="primary" disabled={confirm.isPending || !code.trim()}>
            {confirm.isPending && <Spinner />}
            {m.turnOn}
          </Button>
        </div>
      </form>
    );
  } else {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-fg-muted">{m.off}</p>
        {enrol.isError && <ErrorPanel error={enrol.error} />}
        <Button variant="primary" disabled={enrol.isPending} onClick={() => enrol.mutate(undefined, { onSuccess: setEnrolment })}>
          {m.setUp}
        </Button>
      </div>
    );
  }

  return (
    <Card title={m.title} description={m.description}>
      {body}
    </Card>
  );
}
