import { useId, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { Button } from './button.tsx';
import { ErrorPanel } from './error-panel.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from './modal-dialog.tsx';
import { Spinner } from './spinner.tsx';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** While the request runs the submit button is disabled and Enter sends nothing, so nothing is sent twice. */
  pending: boolean;
  /** The cloud's refusal (code, message, RequestId), shown above the buttons. */
  error: unknown;
  errorTitle: string;
  onSubmit: () => void;
  onClose: () => void;
  /** False keeps the submit button disabled and Enter inert (nothing to send yet). */
  ready?: boolean;
  /** In place of Cancel and the submit button (a dialog that only reports what it did). */
  footer?: ReactNode;
  children: ReactNode;
}

/** A dialog that is a form: its fields, the cloud's refusal when the call failed, Cancel and submit. */
export function FormDialog({ title, submitLabel, pending, error, errorTitle, onSubmit, onClose, ready = true, footer, children }: FormDialogProps) {
  const t = useT();
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
          {footer ?? (
            <>
              <Button onClick={onClose}>{t.common.cancel}</Button>
              <Button type="submit" variant="primary" disabled={pending || !ready}>
                {pending && <Spinner />}
                {submitLabel}
              </Button>
            </>
          )}
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
