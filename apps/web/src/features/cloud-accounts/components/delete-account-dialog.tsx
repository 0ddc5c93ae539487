import { useState } from 'react';
import type { CloudAccount } from '@cvm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { TypedConfirmation } from '../../../components/ui/typed-confirmation.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useDeleteAccount } from '../api/delete-account.ts';
import { accountsMessages } from '../messages.ts';

/** Deleting asks for the account's name typed out, since the keys cannot be recovered from the console afterwards. */
export function DeleteAccountDialog({ account, onClose, onDeleted }: { account: CloudAccount; onClose: () => void; onDeleted: () => void }) {
  const m = useLocalized(accountsMessages);
  const [typed, setTyped] = useState('');
  const remove = useDeleteAccount();
  return (
    <ConfirmDialog
      title={m.deleteTitle(account.name)}
      confirmLabel={m.delete}
      danger
      pending={remove.isPending}
      ready={typed.trim() === account.name}
      error={remove.isError ? remove.error : undefined}
      errorTitle={m.deleteFailed(account.name)}
      onClose={onClose}
      onConfirm={() => remove.mutate(account.id, { onSuccess: onDeleted })}
    >
      <p>{m.deleteBody}</p>
      <TypedConfirmation label={m.deleteConfirm(account.name)} value={typed} onChange={setTyped} autoFocus />
    </ConfirmDialog>
  );
}
