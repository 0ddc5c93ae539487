import { useId } from 'react';
import { NewPasswordFields } from '../../../components/password-rules/new-password-fields.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useKeyPairs } from '../../../cloud/cvm/key-pairs.ts';
import { createMessages } from '../messages.ts';
import { isWindowsImage, problemFor } from '../state/validate.ts';
import type { LoginMethod } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';
import { Block } from './wizard-section.tsx';

export interface LoginSecret {
  password: string;
  confirm: string;
}

interface LoginFieldsProps extends StepProps {
  secret: LoginSecret;
  onSecretChange: (secret: LoginSecret) => void;
}

/**
 * A password (checked against the cloud's rule while it is typed, and typed twice) or a key pair. Windows images take
 * passwords only. The password is held by the page in memory and is never part of the stored draft.
 */
export function LoginFields({ scope, form, update, lists, problems, attempted, secret, onSecretChange }: LoginFieldsProps) {
  const m = useLocalized(createMessages);
  const ids = { key: useId() };
  const windows = isWindowsImage(lists.image);
  const keyPairs = useKeyPairs(scope, form.loginMethod === 'key');
  const passwordError = problemFor(problems, 'password', attempted)?.text(m);
  const confirmError = problemFor(problems, 'confirm', attempted)?.text(m);
  const keyError = problemFor(problems, 'keyId', attempted)?.text(m) ?? problemFor(problems, 'loginMethod', attempted)?.text(m);

  return (
    <Block title={m.login}>
      <ChoiceGroup<LoginMethod>
        legend={m.loginMethod}
        layout="row"
        value={form.loginMethod}
        onChange={(loginMethod) => update({ loginMethod })}
        choices={[
          { value: 'password', label: m.loginPassword, hint: m.loginPasswordHint },
          { value: 'key', label: m.loginKey, hint: m.loginKeyHint, disabledReason: windows ? m.loginKeyWindows : undefined },
        ]}
      />
      {form.loginMethod === 'password' ? (
        <NewPasswordFields
          className="max-w-2xl"
          password={secret.password}
          confirmation={secret.confirm}
          onPasswordChange={(password) => onSecretChange({ ...secret, password })}
          onConfirmationChange={(confirm) => onSecretChange({ ...secret, confirm })}
          labels={{ password: m.password, confirm: m.confirmPassword, neverKept: m.passwordNeverKept }}
          rules={{ kind: 'login', platform: windows ? 'windows' : 'linux' }}
          passwordError={passwordError}
          confirmError={confirmError}
        />
      ) : keyPairs.isError ? (
        <ErrorPanel error={keyPairs.error} title={m.keyPairsFailed} onRetry={() => void keyPairs.refetch()} />
      ) : !keyPairs.data ? (
        <Spinner label={m.keyPairsLoading} className="text-fg-muted" />
      ) : keyPairs.data.length === 0 ? (
        <p className="text-sm text-fg-muted">{m.keyPairsEmpty}</p>
      ) : (
        <FormField id={ids.key} label={m.keyPair} error={keyError} className="max-w-md">
          <Select
            id={ids.key}
            value={form.keyId}
            onChange={(event) => update({ keyId: event.target.value })}
            aria-invalid={keyError ? true : undefined}
            aria-describedby={describedBy(ids.key, { error: keyError })}
          >
            {!form.keyId && <option value="">{m.chooseKeyPair}</option>}
            {keyPairs.data.map((key) => (
              <option key={key.KeyId} value={key.KeyId}>
                {`${key.KeyName} (${key.KeyId})`}
              </option>
            ))}
          </Select>
        </FormField>
      )}
    </Block>
  );
}
