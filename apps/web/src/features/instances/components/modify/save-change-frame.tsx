import type { ReactNode } from 'react';
import type { Instance } from '@cvm/shared';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

interface SaveChangeFrameProps extends ActionDialogProps {
  title: string;
  /** False while the choice cannot be saved (nothing changed, nothing chosen). */
  ready?: boolean;
  /** The call that makes the change, for these instances. */
  send: (ids: string[]) => Promise<unknown>;
  /** What the instances show at once when the cloud accepts it (the action becomes their last operation, succeeded). */
  shows: Partial<Instance>;
  children: ReactNode;
}

/**
 * A setting saved at once (termination protection, security groups, the renewal flag): the choice, Save, the cloud's
 * error if it refused; on success the instances show the new setting before the list is read again.
 */
export function SaveChangeFrame({ action, instances, scope, onClose, onSucceeded, title, ready, send, shows, children }: SaveChangeFrameProps) {
  const t = useT();
  const change = useApplyChange(
    scope,
    (variables: { ids: string[]; shows: Partial<Instance> }) => send(variables.ids),
    (current, variables) => ({ ...current, ...variables.shows, LatestOperation: action.spec.action, LatestOperationState: 'SUCCESS' }),
  );
  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={title}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      ready={ready}
      confirmLabel={t.common.save}
      onConfirm={() => change.mutate({ ids: instances.map((instance) => instance.InstanceId), shows }, { onSuccess: onSucceeded })}
    >
      {children}
    </ActionDialogFrame>
  );
}
