import { useId } from 'react';
import type { CloudAccount } from '@cvm/shared';
import { Select } from '../../../components/ui/select.tsx';
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
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {t.header.account}
      </label>
      <Select
        id={id}
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
      </Select>
    </div>
  );
}
