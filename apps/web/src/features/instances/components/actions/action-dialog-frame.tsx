import { useId, type FormEvent, type ReactNode } from 'react';
import type { Instance } from '@cvm/shared';
import { Button } from '../../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { actionDialogMessages } from './messages.ts';
import type { InstanceAction } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { AffectedInstances } from './affected-instances.tsx';
import { SkippedInstancesList } from './skipped-instances.tsx';

interface ActionDialogFrameProps {
  action: InstanceAction;
  instances: Instance[];
  title: string;
  onClose: () => void;
  onConfirm: () => void;
  /** While the call is on its way the confirm button is disabled, so a second click cannot send it twice. */
  pending: boolean;
  /** False until the person has done what the dialog asks (typed the name): the confirm button stays disabled. */
  ready?: boolean;
  error: unknown;
  /** Options and explanations, above the list of instances. */
  children?: ReactNode;
  size?: 'md' | 'lg';
  /** The confirm button's words, when the action's name is not the right verb ("Open" for the remote console). */
  confirmLabel?: string;
  /** The dismiss button's words, once there is nothing left to cancel ("Close"). */
  cancelLabel?: string;
  /** Below the error, above the buttons: where a multi-step change is, while it runs. */
  progress?: ReactNode;
}

/**
 * What every lifecycle confirmation shares: a title naming the instances, the options, the instances themselves, the
 * cloud's error if the call failed (code, message, RequestId, and which instances the batch was for), Cancel and the
 * confirm button. It is a form, so Enter confirms once the dialog is ready.
 */
export function ActionDialogFrame(props: ActionDialogFrameProps) {
  const { action, instances, title, onClose, onConfirm, pending, ready = true, error, children, size, confirmLabel, cancelLabel, progress } = props;
  const t = useT();
  const m = useLocalized(actionDialogMessages);
  const titleId = useId();
  const names = instances.map(instanceLabel);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !pending) onConfirm();
  };

  const verb = Object.hasOwn(m.verbs, action.id) ? m.verbs[action.id] : undefined;
  const failedTitle = verb ? m.failed(verb, m.subjectList(names)) : m.failedAction(action.label(t), m.subjectList(names));

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size={size}>
      {/* The dialogs check their own fields and say why in words; the browser's bubbles would say it differently. */}
      <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
        <DialogHeader id={titleId} title={title} />
        <DialogBody>
          {children}
          <AffectedInstances instances={instances} />
          <SkippedInstancesList />
          {error !== null && error !== undefined && <ErrorPanel error={error} title={failedTitle} />}
          {progress}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{cancelLabel ?? t.common.cancel}</Button>
          <Button type="submit" variant={action.danger ? 'danger' : 'primary'} disabled={!ready || pending}>
            {pending && <Spinner />}
            {confirmLabel ?? action.label(t)}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
