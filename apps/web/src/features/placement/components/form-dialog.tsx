import { useId, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { placementMessages } from '../messages.ts';

/** A dialog that is a form: Enter sends it once; the cloud's refusal is shown with its code above the buttons. */
export function FormDialog({
  title,
  submitLabel,
  pending,
  error,
  errorTitle,
  onSubmit,
  onClose,
  ready = true,
  children,
}: {
  title: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  errorTitle: string;
  onSubmit: () => void;
  onClose: () => void;
  /** False keeps the submit button disabled (nothing to send yet). */
  ready?: boolean;
  children: ReactNode;
}) {
  const m = useLocalized(placementMessages);
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending && ready) onSubmit();
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
          <Button type="submit" variant="primary" disabled={pending || !ready}>
            {pending && <Spinner />}
            {submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
