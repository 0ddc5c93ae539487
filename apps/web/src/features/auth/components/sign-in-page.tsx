import { useCallback, useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { PublicLayout } from '../../../app/public-layout.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { authMessages } from '../messages.ts';
import { useSignIn } from '../api/sign-in.ts';
import { signInErrorText } from './sign-in-error.ts';
import { SecondFactorStep } from './second-factor-step.tsx';
import { useMeta } from '../../../api/meta.ts';

/**
 * Username and password. On success the session changes and the app takes the person back to where they were going
 * (the `next` the gate put in the URL); this page only reports refusals, in words.
 */
export default function SignInPage() {
  const m = useLocalized(authMessages);
  const ids = { username: useId(), password: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const error = signIn.isError ? signInErrorText(signIn.error, m) : undefined;
  // Two-factor sign-in: a right password earns a challenge, and the code is asked for next.
  const [challenge, setChallenge] = useState<string>();
  const [expired, setExpired] = useState(false);
  const restart = useCallback((wasExpired: boolean) => {
    setChallenge(undefined);
    setExpired(wasExpired);
    setPassword('');
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    setExpired(false);
    signIn.mutate({ username: username.trim(), password }, { onSuccess: (info) => setChallenge(info.secondFactor?.challenge) });
  };

  const meta = useMeta().data;
  const search = new URLSearchParams(window.location.search);
  const ssoError = search.get('sso_error');
  const next = search.get('next') ?? '/';
  const passwords = meta?.localSignIn !== 'off';

  if (challenge) {
    return (
      <PublicLayout title={m.auth.signInTitle} subtitle={m.auth.signInSubtitle}>
        <SecondFactorStep challenge={challenge} onRestart={restart} />
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={m.auth.signInTitle} subtitle={m.auth.signInSubtitle}>
      {(meta?.sso || ssoError) && (
        <div className="mb-5 space-y-3">
          {ssoError && (
            <FormAlert>
              <p className="font-medium">{m.auth.ssoError(ssoError)}</p>
            </FormAlert>
          )}
          {meta?.sso && (
            <a
              href={`/api/console/oidc/start?next=${encodeURIComponent(next)}`}
              className="flex h-9 w-full items-center justify-center rounded-md bg-accent px-3 text-sm font-medium text-on-accent hover:bg-accent-hover"
            >
              {m.auth.ssoButton(meta.sso.label)}
            </a>
          )}
          {meta?.sso && passwords && <p className="text-center text-xs text-fg-muted">{m.auth.orPassword}</p>}
        </div>
      )}
      {!passwords ? (
        <p className="text-sm text-fg-muted">{m.auth.passwordsOff}</p>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4">
          {expired && !error && (
            <FormAlert>
              <p className="font-medium">{m.auth.challengeExpired}</p>
            </FormAlert>
          )}
          {error && (
            <FormAlert>
              <p className="font-medium">{error.summary}</p>
              {error.detail && <p>{error.detail}</p>}
            </FormAlert>
          )}
          <FormField id={ids.username} label={m.auth.username}>
            <TextInput
              id={ids.username}
              name="username"
              autoComplete="username"
              autoCapitalize="off"
              spellCheck={false}
              required
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </FormField>
          <FormField id={ids.password} label={m.auth.password}>
            <PasswordInput id={ids.password} name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
          </FormField>
          <Button type="submit" variant="primary" className="h-9 w-full" disabled={signIn.isPending}>
            {signIn.isPending ? m.auth.signingIn : m.auth.signIn}
          </Button>
        </form>
      )}
    </PublicLayout>
  );
}
