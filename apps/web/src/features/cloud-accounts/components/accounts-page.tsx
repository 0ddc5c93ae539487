import { useState } from 'react';
import type { CloudAccount } from '@cvm/shared';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Th } from '../../../components/ui/data-table.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useAccounts } from '../../../api/list-accounts.ts';
import { accountsMessages } from '../messages.ts';
import { AccountFormDialog } from './account-form-dialog.tsx';
import { AccountRow } from './account-row.tsx';
import { DeleteAccountDialog } from './delete-account-dialog.tsx';

type OpenDialog = { kind: 'add' } | { kind: 'edit'; account: CloudAccount } | { kind: 'delete'; account: CloudAccount };

/** /admin/accounts: the API keys the console acts with; add, edit, delete and test them. Admins only. */
export default function AccountsPage() {
  const m = useLocalized(accountsMessages);
  const accounts = useAccounts();
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const close = () => setDialog(undefined);
  const done = (message: string) => {
    close();
    setNotice(message);
  };

  return (
    <>
      <PageHeading
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
            <PlusIcon />
            {m.add}
          </Button>
        }
      />
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      <QueryPanel query={accounts} loadFailed={m.loadFailed} empty={m.empty}>
        {(list) => (
          <DataTable label={m.tableLabel}>
            <HeaderRow>
              <Th>{m.columns.name}</Th>
              <Th>{m.columns.cloud}</Th>
              <Th>{m.columns.secretId}</Th>
              <Th>{m.columns.defaultRegion}</Th>
              <Th>{m.columns.source}</Th>
              <Th>{m.columns.token}</Th>
              <Th className="text-right">{m.columns.actions}</Th>
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((account) => (
                <AccountRow
                  key={account.id}
                  account={account}
                  onEdit={(a) => setDialog({ kind: 'edit', account: a })}
                  onDelete={(a) => setDialog({ kind: 'delete', account: a })}
                />
              ))}
            </tbody>
          </DataTable>
        )}
      </QueryPanel>
      {dialog?.kind === 'add' && <AccountFormDialog onClose={close} onSaved={(name) => done(m.saved(name))} />}
      {dialog?.kind === 'edit' && <AccountFormDialog account={dialog.account} onClose={close} onSaved={(name) => done(m.saved(name))} />}
      {dialog?.kind === 'delete' && <DeleteAccountDialog account={dialog.account} onClose={close} onDeleted={() => done(m.deleted(dialog.account.name))} />}
    </>
  );
}
