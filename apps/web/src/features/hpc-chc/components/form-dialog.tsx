import { useId, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { hpcChcMessages } from '../messages.ts';

/** A form in a dialog: its fields, the cloud's refusal (code, message, RequestId) when the call failed, Cancel and submit. */
export function FormDialog({
  title,
  submitLabel,
  pending,
  error,
  errorTitle,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  errorTitle: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const m = useLocalized(hpcChcMessages);
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      <form onSubmit={submit} className="flex min-h-0 flex-1 flex-col" noValidate>
        <DialogHeader id={titleId} title={title} />
        <DialogBody>
          {children}
          {error !== null && error !== undefined && <ErrorPanel error={error} title={errorTitle} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{m.cancel}</Button>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending && <Spinner />}
            {submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
