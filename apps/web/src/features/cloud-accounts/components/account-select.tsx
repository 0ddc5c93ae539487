import type { CloudAccount } from '@cvm/shared';
import { LabelledSelect } from '../../../components/ui/labelled-select.tsx';
import { useT } from '../../../i18n/use-t.ts';

interface AccountSelectProps {
  accounts: CloudAccount[] | undefined;
  account: CloudAccount | undefined;
  failed: boolean;
  onChange: (id: string) => void;
}

/**
 * The labelled "Account" / "账号" select beside the region switcher. Options are account names with the SecretId's
 * last four characters ("Production (…1A2B)"), which tell apart two accounts someone named alike; values are IDs.
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
      className="max-w-72"
    >
      {!accounts && <option value="">{failed ? t.header.accountsFailed : t.header.accountLoading}</option>}
      {accounts?.map((a) => (
        <option key={a.id} value={a.id}>
          {t.header.accountOption(a.name, a.secretIdLast4)}
        </option>
      ))}
    </LabelledSelect>
  );
}
