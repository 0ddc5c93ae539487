import { useId, useState, type FormEvent } from 'react';
import { ROLE_ORDER, roleAllows, type ApiToken, type CreatedApiToken, type Role } from '@cvm/shared';
import { toConsoleError } from '../../../api/console-error.ts';
import { useAccounts } from '../../../api/list-accounts.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { CopyButton } from '../../../components/ui/copy-button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../api/api-tokens.ts';
import { authMessages } from '../messages.ts';

/** How long a new token may live: every token ends (the server takes 1 to 366 days). */
const LIFETIMES = [7, 30, 90, 365] as const;

/** The token just made, shown this once with a way to copy it and an example of its use. */
function NewToken({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const m = useLocalized(authMessages).tokens;
  // The first Tencent Cloud account the console has, and its default region: a call that works as written.
  const account = useAccounts().data?.find((a) => a.cloud === 'tencent');
  const example = [
    `curl -X POST ${window.location.origin}/api/cvm/DescribeInstances \\`,
    `  -H 'Authorization: Bearer ${created.token}' \\`,
    `  -H 'X-Account: ${account?.id ?? '<account ID>'}' -H 'X-Region: ${account?.defaultRegion ?? 'ap-guangzhou'}' \\`,
    `  -H 'Content-Type: application/json' -d '{"Limit": 20}'`,
  ].join('\n');
  return (
    <section
      aria-label={m.newTokenLabel(created.apiToken.name)}
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-400/40 dark:bg-amber-400/10"
    >
      <p className="font-medium text-fg">{m.copyNow}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 rounded bg-surface px-2 py-1.5 font-mono text-[13px] break-all text-fg select-all">{created.token}</code>
        <CopyButton text={created.token} label={m.copyToken} />
      </div>
      <p className="text-fg-muted">{m.example}</p>
      <pre className="overflow-x-auto rounded bg-surface px-2 py-1.5 font-mono text-xs text-fg">{example}</pre>
      <Button onClick={onDone}>{m.done}</Button>
    </section>
  );
}

/** "API tokens" on Your account: make a token for a script, see yours (an administrator everyone's), revoke them. */
export function ApiTokensCard() {
  const t = useT();
  const m = useLocalized(authMessages).tokens;
  const user = useSignedInUser();
  const ids = { name: useId(), role: useId(), lifetime: useId(), everyone: useId() };
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(user.role === 'admin' ? 'viewer' : user.role);
  const [lifetime, setLifetime] = useState<number>(30);
  const [everyone, setEveryone] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken>();
  const [revoking, setRevoking] = useState<ApiToken>();
  const tokens = useApiTokens(everyone);
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const error = create.isError ? toConsoleError(create.error) : undefined;
  const nameError = error?.field === 'name' ? error.message : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      { name: name.trim(), role, expiresInDays: lifetime },
      {
        onSuccess: (answer) => {
          setCreated(answer);
          setName('');
        },
      },
    );
  };

  return (
    <Card title={m.title} description={m.description}>
      <div className="space-y-5">
        {created ? (
          <NewToken created={created} onDone={() => setCreated(undefined)} />
        ) : (
          <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
            <FormField id={ids.name} label={m.name} error={nameError} className="w-56">
              <TextInput
                id={ids.name}
                value={name}
                maxLength={64}
                required
                onChange={(event) => setName(event.target.value)}
                aria-invalid={nameError ? true : undefined}
                aria-describedby={describedBy(ids.name, { error: nameError })}
              />
            </FormField>
            <FormField id={ids.role} label={m.role} className="w-40">
              <Select id={ids.role} value={role} onChange={(event) => setRole(event.target.value as Role)}>
                {ROLE_ORDER.filter((r) => roleAllows(user.role, r)).map((r) => (
                  <option key={r} value={r}>
                    {t.roles[r]}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField id={ids.lifetime} label={m.endsAfter} className="w-40">
              <Select id={ids.lifetime} value={lifetime} onChange={(event) => setLifetime(Number(event.target.value))}>
                {LIFETIMES.map((days) => (
                  <option key={days} value={days}>
                    {m.days(days)}
                  </option>
                ))}
              </Select>
            </FormField>
            <Button type="submit" variant="primary" disabled={create.isPending || name.trim() === ''}>
              {create.isPending && <Spinner />}
              {m.create}
            </Button>
            {error && !error.field && <FormAlert className="w-full">{error.message}</FormAlert>}
          </form>
        )}
        {user.role === 'admin' && (
          <label htmlFor={ids.everyone} className="flex items-center gap-2 text-sm text-fg">
            <Checkbox id={ids.everyone} checked={everyone} onChange={(event) => setEveryone(event.target.checked)} />
            {m.everyone}
          </label>
        )}
        {tokens.isError ? (
          <ErrorPanel error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : !tokens.data ? (
          <Spinner label={m.loading} className="text-fg-muted" />
        ) : tokens.data.length === 0 ? (
          <p className="text-sm text-fg-muted">{m.none}</p>
        ) : (
          <DataTable label={m.title}>
            <HeaderRow>
              <Th>{m.name}</Th>
              {everyone && <Th>{m.owner}</Th>}
              <Th>{m.role}</Th>
              <Th>{m.ends}</Th>
              <Th>{m.lastUsed}</Th>
              <Th>
                <span className="sr-only">{m.actions}</span>
              </Th>
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {tokens.data.map((token) => (
                <tr key={token.id}>
                  <Td className="font-medium text-fg">{token.name}</Td>
                  {everyone && <Td>{token.owner.username}</Td>}
                  <Td>{t.roles[token.role]}</Td>
                  <Td>
                    <Timestamp value={token.expiresAt} />
                  </Td>
                  <Td>{token.lastUsedAt ? <Timestamp value={token.lastUsedAt} /> : <span className="text-fg-muted">{m.never}</span>}</Td>
                  <Td className="text-right">
                    <Button aria-label={m.revokeLabel(token.name)} onClick={() => setRevoking(token)}>
                      {m.revoke}
                    </Button>
                  </Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </div>
      {revoking && (
        <ConfirmDialog
          title={m.revokeTitle(revoking.name)}
          confirmLabel={m.revoke}
          danger
          pending={revoke.isPending}
          error={revoke.error}
          onClose={() => {
            revoke.reset();
            setRevoking(undefined);
          }}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(undefined) })}
        >
          <p>{m.revokeWarning}</p>
        </ConfirmDialog>
      )}
    </Card>
  );
}
