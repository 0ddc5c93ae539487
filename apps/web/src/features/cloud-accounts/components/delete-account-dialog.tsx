import { useId, useState } from 'react';
import type { CloudAccount } from '@cvm/shared';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useDeleteAccount } from '../api/delete-account.ts';
import { accountsMessages } from '../messages.ts';

/** Deleting asks for the account's name typed out, since the keys cannot be recovered from the console afterwards. */
export function DeleteAccountDialog({ account, onClose, onDeleted }: { account: CloudAccount; onClose: () => void; onDeleted: () => void }) {
  const m = useLocalized(accountsMessages);
  const inputId = useId();
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
      <div className="flex flex-col gap-1.5">
        <label htmlFor={inputId} className="font-medium">
          {m.deleteConfirm(account.name)}
        </label>
        <TextInput id={inputId} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} data-autofocus />
      </div>
    </ConfirmDialog>
  );
}
