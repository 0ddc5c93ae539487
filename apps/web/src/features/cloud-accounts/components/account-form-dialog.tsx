import { useId, useState, type FormEvent } from 'react';
import type { CloudAccount } from '@cvm/shared';
import { toConsoleError } from '../../../api/console-error.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useRegions } from '../../regions/api/describe-regions.ts';
import { useCreateAccount, useUpdateAccount, type AccountPatch } from '../api/save-account.ts';
import { accountsMessages } from '../messages.ts';

interface AccountFormDialogProps {
  /** The account to edit; absent to add one. */
  account?: CloudAccount;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/**
 * Add or edit a cloud account. Secrets are write-only: an edit shows them blank, and a blank field keeps the stored
 * value. The default region is chosen from DescribeRegions as the console's current account sees them.
 */
export function AccountFormDialog({ account, onClose, onSaved }: AccountFormDialogProps) {
  const t = useT();
  const m = useLocalized(accountsMessages);
  const titleId = useId();
  const ids = { name: useId(), secretId: useId(), secretKey: useId(), token: useId(), region: useId(), removeToken: useId() };
  const { scope } = useCloudScope();
  const regions = useRegions(scope);
  const editing = account !== undefined;
  const [name, setName] = useState(account?.name ?? '');
  const [secretId, setSecretId] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const [token, setToken] = useState('');
  const [removeToken, setRemoveToken] = useState(false);
  const [defaultRegion, setDefaultRegion] = useState(account?.defaultRegion ?? scope?.region ?? 'ap-guangzhou');
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const save = editing ? update : create;
  const error = save.isError ? toConsoleError(save.error) : undefined;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const done = { onSuccess: () => onSaved(name.trim()) };
    if (account) {
      const patch: AccountPatch = {
        ...(name.trim() !== account.name ? { name: name.trim() } : {}),
        ...(secretId.trim() ? { secretId: secretId.trim() } : {}),
        ...(secretKey.trim() ? { secretKey: secretKey.trim() } : {}),
        ...(removeToken ? { token: '' } : token.trim() ? { token: token.trim() } : {}),
        ...(defaultRegion !== account.defaultRegion ? { defaultRegion } : {}),
      };
      update.mutate({ id: account.id, patch }, done);
    } else {
      create.mutate(
        { name: name.trim(), secretId: secretId.trim(), secretKey: secretKey.trim(), defaultRegion, ...(token.trim() ? { token: token.trim() } : {}) },
        done,
      );
    }
  };

  const regionOptions = regions.data ?? [];
  const secretHint = editing ? `${m.secretHint} ${m.keepSecret}` : m.secretHint;

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      <form onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col" noValidate>
        <DialogHeader id={titleId} title={account ? m.editTitle(account.name) : m.addTitle} />
        <DialogBody>
          <FormField id={ids.name} label={m.name} hint={m.nameHint} error={fieldError('name')}>
            <TextInput
              id={ids.name}
              value={name}
              onChange={(event) => setName(event.target.value)}
              autoComplete="off"
              required
              data-autofocus
              aria-invalid={fieldError('name') ? true : undefined}
              aria-describedby={describedBy(ids.name, { hint: true, error: fieldError('name') })}
            />
          </FormField>
          <FormField id={ids.secretId} label={m.secretId} hint={secretHint} error={fieldError('secretId')}>
            <TextInput
              id={ids.secretId}
              value={secretId}
              onChange={(event) => setSecretId(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              required={!editing}
              placeholder={account ? m.secretIdEnding(account.secretIdLast4) : undefined}
              className="font-mono"
              aria-invalid={fieldError('secretId') ? true : undefined}
              aria-describedby={describedBy(ids.secretId, { hint: true, error: fieldError('secretId') })}
            />
          </FormField>
          <FormField id={ids.secretKey} label={m.secretKey} hint={editing ? m.keepSecret : undefined} error={fieldError('secretKey')}>
            <PasswordInput
              id={ids.secretKey}
              value={secretKey}
              onChange={(event) => setSecretKey(event.target.value)}
              autoComplete="off"
              required={!editing}
              aria-invalid={fieldError('secretKey') ? true : undefined}
              aria-describedby={describedBy(ids.secretKey, { hint: editing, error: fieldError('secretKey') })}
            />
          </FormField>
          <FormField id={ids.token} label={m.token} hint={editing ? `${m.tokenHint} ${m.keepSecret}` : m.tokenHint} error={fieldError('token')}>
            <PasswordInput
              id={ids.token}
              value={token}
              onChange={(event) => setToken(event.target.value)}
              autoComplete="off"
              disabled={removeToken}
              aria-describedby={describedBy(ids.token, { hint: true, error: fieldError('token') })}
            />
          </FormField>
          {account?.hasToken && (
            <label htmlFor={ids.removeToken} className="flex items-center gap-2 text-sm">
              <Checkbox id={ids.removeToken} checked={removeToken} onChange={(event) => setRemoveToken(event.target.checked)} />
              {m.removeToken}
            </label>
          )}
          <FormField id={ids.region} label={m.defaultRegion} hint={regions.isError ? m.regionsFailed : m.defaultRegionHint} error={fieldError('defaultRegion')}>
            <Select
              id={ids.region}
              value={defaultRegion}
              onChange={(event) => setDefaultRegion(event.target.value)}
              aria-describedby={describedBy(ids.region, { hint: true, error: fieldError('defaultRegion') })}
            >
              {!regionOptions.some((r) => r.Region === defaultRegion) && <option value={defaultRegion}>{defaultRegion}</option>}
              {regionOptions.map((r) => (
                <option key={r.Region} value={r.Region}>
                  {r.RegionName ? `${r.RegionName} (${r.Region})` : r.Region}
                </option>
              ))}
            </Select>
          </FormField>
          {error && !error.field && <ErrorPanel error={error} title={m.saveFailed} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending && <Spinner />}
            {account ? m.save : m.create}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
