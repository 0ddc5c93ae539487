import { useId, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { Button } from './button.tsx';
import { ErrorPanel } from './error-panel.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from './modal-dialog.tsx';
import { Spinner } from './spinner.tsx';

interface ConfirmDialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** While the request runs the confirm button is disabled, so nothing is sent twice. */
  pending: boolean;
  /** False until the person has done what is asked (typed a name): the confirm button stays disabled. */
  ready?: boolean;
  error?: unknown;
  errorTitle?: string;
}

/** "Are you sure?" with the consequences in words; a form, so Enter confirms once it is ready. */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onClose, pending, ready = true, error, errorTitle }: ConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !pending) onConfirm();
  };
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <form onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col">
        <DialogHeader id={titleId} title={title} />
        <DialogBody>
          {children}
          {error !== undefined && error !== null && <ErrorPanel error={error} title={errorTitle} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={!ready || pending}>
            {pending && <Spinner />}
            {confirmLabel}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
