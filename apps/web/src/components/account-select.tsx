import type { CloudAccount, CloudProvider } from '@cvm/shared';
import { LabelledSelect } from './ui/labelled-select.tsx';
import { useT } from '../i18n/use-t.ts';

interface AccountSelectProps {
  accounts: CloudAccount[] | undefined;
  account: CloudAccount | undefined;
  failed: boolean;
  onChange: (id: string) => void;
}

const CLOUDS: CloudProvider[] = ['tencent', 'aliyun'];

/**
 * The labelled "Account" / "账号" select beside the region switcher. Options are account names with the SecretId's
 * (AccessKey ID's) last four characters ("Production (…1A2B)"), which tell apart two accounts someone named alike;
 * values are IDs. With accounts of both clouds they are grouped under the cloud's name.
 */
export function AccountSelect({ accounts, account, failed, onChange }: AccountSelectProps) {
  const t = useT();
  return (
    <LabelledSelect
      label={t.header.account}
      value={account?.id ?? ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={!accounts || accounts.length === 0}
      aria-busy={(!accounts && !failed) || undefined}
      title={failed ? t.header.accountsFailed : undefined}
      className="max-w-96"
    >
      {!accounts && <option value="">{failed ? t.header.accountsFailed : t.header.accountLoading}</option>}
      {accounts && new Set(accounts.map((a) => a.cloud)).size > 1
        ? CLOUDS.map((cloud) => {
            const ofCloud = accounts.filter((a) => a.cloud === cloud);
            return (
              ofCloud.length > 0 && (
                <optgroup key={cloud} label={t.clouds[cloud]}>
                  {ofCloud.map((a) => (
                    <AccountOption key={a.id} account={a} />
                  ))}
                </optgroup>
              )
            );
          })
        : accounts?.map((a) => <AccountOption key={a.id} account={a} />)}
    </LabelledSelect>
  );
}

function AccountOption({ account }: { account: CloudAccount }) {
  const t = useT();
  return (
    <option value={account.id} title={t.clouds[account.cloud]}>
      {t.header.accountOption(account.name, account.secretIdLast4)}
    </option>
  );
}
