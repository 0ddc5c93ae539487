import { useId, useState, type FormEvent } from 'react';
import { ALIYUN_DEFAULT_REGION, DEFAULT_REGION, type CloudAccount, type CloudProvider } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { toConsoleError } from '../../../api/console-error.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { DetailItem } from '../../../components/ui/description-list.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { PasswordInput } from '../../../components/ui/password-input.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useRegions } from '../../../cloud/regions/describe-regions.ts';
import type { AccountPatch } from '@cvm/shared';
import { useCreateAccount, useUpdateAccount } from '../api/save-account.ts';
import { accountsMessages } from '../messages.ts';

interface AccountFormDialogProps {
  /** The account to edit; absent to add one. */
  account?: CloudAccount;
  onClose: () => void;
  onSaved: (name: string) => void;
}

const CLOUD_DEFAULT_REGION: Record<CloudProvider, string> = { tencent: DEFAULT_REGION, aliyun: ALIYUN_DEFAULT_REGION };

/**
 * Where the form lists a cloud's regions: the console's current account when it is of that cloud, else the first
 * account of that cloud; none when the console has no account of it yet (the region is then typed).
 */
function regionSource(cloud: CloudProvider, current: CloudAccount | undefined, scope: CloudScope | undefined, accounts: CloudAccount[] | undefined) {
  if (current?.cloud === cloud && scope) return { scope, defaultRegion: current.defaultRegion };
  const other = accounts?.find((a) => a.cloud === cloud);
  return other ? { scope: { account: other.id, region: other.defaultRegion }, defaultRegion: other.defaultRegion } : undefined;
}

/**
 * Add or edit a cloud account of either cloud; the key fields are named as that cloud names them. Secrets are
 * write-only: an edit shows them blank, and a blank field keeps the stored value. The default region is chosen from
 * the cloud's own DescribeRegions, through an account of that cloud.
 */
export function AccountFormDialog({ account, onClose, onSaved }: AccountFormDialogProps) {
  const t = useT();
  const m = useLocalized(accountsMessages);
  const titleId = useId();
  const ids = {
    name: useId(),
    secretId: useId(),
    secretKey: useId(),
    token: useId(),
    region: useId(),
    removeToken: useId(),
    roleArn: useId(),
    roleSession: useId(),
    lifetime: useId(),
  };
  const { scope, account: current, accounts } = useCloudScope();
  const editing = account !== undefined;
  const [cloud, setCloud] = useState<CloudProvider>(account?.cloud ?? current?.cloud ?? 'tencent');
  const source = regionSource(cloud, current, scope, accounts);
  const regions = useRegions(source?.scope, cloud);
  const keys = m.keyLabels[cloud];
  const [name, setName] = useState(account?.name ?? '');
  const [secretId, setSecretId] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const [token, setToken] = useState('');
  const [removeToken, setRemoveToken] = useState(false);
  // A Tencent Cloud account may be a CAM role: no key stored, the console's own keys assume it (STS AssumeRole).
  const [signsWith, setSignsWith] = useState<'keys' | 'role'>(account?.role ? 'role' : 'keys');
  const asRole = cloud === 'tencent' && signsWith === 'role';
  const [roleArn, setRoleArn] = useState(account?.role?.arn ?? '');
  const [roleSessionName, setRoleSessionName] = useState(account?.role?.sessionName ?? 'cvm-console');
  const [durationSeconds, setDurationSeconds] = useState(account?.role?.durationSeconds ?? 3600);
  const [defaultRegion, setDefaultRegion] = useState(account?.defaultRegion ?? (current?.cloud === cloud ? scope?.region : undefined) ?? CLOUD_DEFAULT_REGION[cloud]);
  const chooseCloud = (next: CloudProvider) => {
    setCloud(next);
    setDefaultRegion(regionSource(next, current, scope, accounts)?.defaultRegion ?? CLOUD_DEFAULT_REGION[next]);
  };
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const save = editing ? update : create;
  const error = save.isError ? toConsoleError(save.error) : undefined;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  // The server tests keys before it saves them; keys it could not test are saved only when asked again, explicitly.
  const untested = error?.code === 'AccountTestFailed';
  const submit = (saveUntested: boolean) => {
    if (save.isPending) return;
    const done = { onSuccess: () => onSaved(name.trim()) };
    if (account?.role) {
      const patch: AccountPatch = {
        ...(name.trim() !== account.name ? { name: name.trim() } : {}),
        ...(roleArn.trim() !== account.role.arn ? { roleArn: roleArn.trim() } : {}),
        ...(roleSessionName.trim() !== account.role.sessionName ? { roleSessionName: roleSessionName.trim() } : {}),
        ...(durationSeconds !== account.role.durationSeconds ? { durationSeconds } : {}),
        ...(defaultRegion !== account.defaultRegion ? { defaultRegion } : {}),
        ...(saveUntested ? { saveUntested } : {}),
      };
      update.mutate({ id: account.id, patch }, done);
    } else if (account) {
      const patch: AccountPatch = {
        ...(name.trim() !== account.name ? { name: name.trim() } : {}),
        ...(secretId.trim() ? { secretId: secretId.trim() } : {}),
        ...(secretKey.trim() ? { secretKey: secretKey.trim() } : {}),
        ...(removeToken ? { token: '' } : token.trim() ? { token: token.trim() } : {}),
        ...(defaultRegion !== account.defaultRegion ? { defaultRegion } : {}),
        ...(saveUntested ? { saveUntested } : {}),
      };
      update.mutate({ id: account.id, patch }, done);
    } else if (asRole) {
      const input = { name: name.trim(), cloud, roleArn: roleArn.trim(), roleSessionName: roleSessionName.trim(), durationSeconds, defaultRegion };
      create.mutate({ ...input, ...(saveUntested ? { saveUntested } : {}) }, done);
    } else {
      const input = { name: name.trim(), cloud, secretId: secretId.trim(), secretKey: secretKey.trim(), defaultRegion, ...(token.trim() ? { token: token.trim() } : {}) };
      create.mutate({ ...input, ...(saveUntested ? { saveUntested } : {}) }, done);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(false);
  };

  const regionOptions = regions.data ?? [];
  const secretHint = editing ? `${keys.secretHint} ${m.keepSecret}` : keys.secretHint;
  // Without an account of this cloud to list its regions (or when listing failed), the region ID is typed.
  const typedRegion = !source || (regions.isError && regionOptions.length === 0);

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
          {account ? (
            <dl>
              <DetailItem label={m.cloud}>
                {t.clouds[account.cloud]}
                <span className="mt-0.5 block text-xs text-fg-muted">{m.cloudFixed}</span>
              </DetailItem>
            </dl>
          ) : (
            <ChoiceGroup
              legend={m.cloud}
              value={cloud}
              layout="row"
              onChange={chooseCloud}
              choices={(['tencent', 'aliyun'] as const).map((c) => ({ value: c, label: t.clouds[c], hint: m.cloudHints[c] }))}
            />
          )}
          {cloud === 'tencent' && !editing && (
            <ChoiceGroup
              legend={m.signsWith}
              value={signsWith}
              layout="row"
              onChange={setSignsWith}
              choices={[
                { value: 'keys' as const, label: m.signsWithKeys, hint: m.signsWithKeysHint },
                { value: 'role' as const, label: m.signsWithRole, hint: m.signsWithRoleHint },
              ]}
            />
          )}
          {asRole ? (
            <>
              <FormField id={ids.roleArn} label={m.roleArn} hint={m.roleArnHint} error={fieldError('roleArn')}>
                <TextInput
                  id={ids.roleArn}
                  value={roleArn}
                  onChange={(event) => setRoleArn(event.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  className="font-mono"
                  aria-invalid={fieldError('roleArn') ? true : undefined}
                  aria-describedby={describedBy(ids.roleArn, { hint: true, error: fieldError('roleArn') })}
                />
              </FormField>
              <div className="grid gap-4 sm:grid-cols-2">
                <FormField id={ids.roleSession} label={m.roleSessionName} hint={m.roleSessionHint} error={fieldError('roleSessionName')}>
                  <TextInput
                    id={ids.roleSession}
                    value={roleSessionName}
                    onChange={(event) => setRoleSessionName(event.target.value)}
                    autoComplete="off"
                    spellCheck={false}
                    className="font-mono"
                    aria-invalid={fieldError('roleSessionName') ? true : undefined}
                    aria-describedby={describedBy(ids.roleSession, { hint: true, error: fieldError('roleSessionName') })}
                  />
                </FormField>
                <FormField id={ids.lifetime} label={m.keyLifetime} hint={m.keyLifetimeHint} error={fieldError('durationSeconds')}>
                  <Select
                    id={ids.lifetime}
                    value={durationSeconds}
                    onChange={(event) => setDurationSeconds(Number(event.target.value))}
                    aria-describedby={describedBy(ids.lifetime, { hint: true })}
                  >
                    {[900, 3600, 7200, 43_200].map((seconds) => (
                      <option key={seconds} value={seconds}>
                        {m.lifetime(seconds)}
                      </option>
                    ))}
                  </Select>
                </FormField>
              </div>
            </>
          ) : (
            <>
              <FormField id={ids.secretId} label={keys.secretId} hint={secretHint} error={fieldError('secretId')}>
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
              <FormField id={ids.secretKey} label={keys.secretKey} hint={editing ? m.keepSecret : undefined} error={fieldError('secretKey')}>
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
              <FormField id={ids.token} label={keys.token} hint={editing ? `${keys.tokenHint} ${m.keepSecret}` : keys.tokenHint} error={fieldError('token')}>
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
            </>
          )}
          <FormField
            id={ids.region}
            label={m.defaultRegion}
            hint={typedRegion ? m.regionTyped(keys.regionExample) : regions.isError ? m.regionsFailed : m.defaultRegionHint}
            error={fieldError('defaultRegion')}
          >
            {typedRegion ? (
              <TextInput
                id={ids.region}
                value={defaultRegion}
                onChange={(event) => setDefaultRegion(event.target.value.trim())}
                placeholder={keys.regionExample}
                autoComplete="off"
                spellCheck={false}
                className="font-mono"
                aria-invalid={fieldError('defaultRegion') ? true : undefined}
                aria-describedby={describedBy(ids.region, { hint: true, error: fieldError('defaultRegion') })}
              />
            ) : (
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
            )}
          </FormField>
          {error && !error.field && <ErrorPanel error={error} title={untested ? m.testBeforeSaveFailed : m.saveFailed} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          {untested && (
            <Button variant="danger" disabled={save.isPending} onClick={() => submit(true)}>
              {m.saveAnyway}
            </Button>
          )}
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending && <Spinner />}
            {account ? m.save : m.create}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
