import { cvm } from '@cvm/shared';
import { useState } from 'react';
import { TypedConfirmation } from '../../../../components/ui/typed-confirmation.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { actionDialogMessages } from './messages.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useInstanceAction } from '../../api/run-instance-action.ts';
import { ActionDialogFrame } from './action-dialog-frame.tsx';
import { RefundQuote } from './refund-quote.tsx';

/**
 * Terminate: says what happens to each billing mode (prepaid → recycle bin first, pay-as-you-go → destroyed now),
 * quotes the refund for prepaid instances, and asks the person to type the instance's name (or, for a batch, how
 * many) before the button enables, so a slip of the mouse cannot destroy anything.
 */
export function TerminateDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(actionDialogMessages);
  const terminate = useInstanceAction(cvm.TerminateInstances, scope, action.stateAfter);
  const [typed, setTyped] = useState('');
  const prepaid = instances.filter((i) => i.InstanceChargeType === 'PREPAID');
  const others = instances.length - prepaid.length;
  const single = instances.length === 1 ? instances[0] : undefined;
  const expected = single ? instanceLabel(single) : String(instances.length);
  const confirmLabel = single ? m.confirmByName(expected) : m.confirmByCount(instances.length);

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.terminateTitle(m.subject(instances.map(instanceLabel)))}
      onClose={onClose}
      pending={terminate.isPending}
      ready={typed.trim() === expected}
      error={terminate.error}
      onConfirm={() => terminate.mutate({ InstanceIds: instances.map((i) => i.InstanceId) }, { onSuccess: onSucceeded })}
      size="lg"
    >
      {prepaid.length > 0 && (
        <div className="space-y-3">
          <p>{m.terminatePrepaid}</p>
          <RefundQuote scope={scope} instances={prepaid} />
        </div>
      )}
      {others > 0 && <p className="font-medium text-red-700 dark:text-red-300">{m.terminatePostpaid}</p>}
      <TypedConfirmation label={confirmLabel} value={typed} onChange={setTyped} autoFocus />
    </ActionDialogFrame>
  );
}
