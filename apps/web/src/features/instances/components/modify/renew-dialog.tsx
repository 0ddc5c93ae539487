import { cvm } from '@cvm/shared';
import { useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { useFormatTimestamp } from '../../../../i18n/format.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { useChangeQuote } from '../../api/change-quote.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { billingLines } from './charge-type-dialog.tsx';
import { modifyMessages } from './messages.ts';
import { PeriodFields } from './period-fields.tsx';
import { QuoteView } from './quote-view.tsx';

/** Where a renewal of `months` takes the subscription: from its end (or from now, if it has already ended). */
function renewedUntil(expiredTime: string | null, months: number): string {
  const from = new Date(Math.max(Date.now(), expiredTime ? Date.parse(expiredTime) : Date.now()));
  from.setUTCMonth(from.getUTCMonth() + months);
  return from.toISOString();
}

/**
 * Renew a subscription (RenewInstances) for a period, priced like a purchase of that length (longer is cheaper per
 * month) with its prepaid bandwidth; says when it ends now and when it will end after.
 */
export function RenewDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const formatTimestamp = useFormatTimestamp();
  const [period, setPeriod] = useState(1);
  const [autoRenew, setAutoRenew] = useState(instance.RenewFlag === 'NOTIFY_AND_AUTO_RENEW');
  const prepaid = { Period: period, RenewFlag: autoRenew ? ('NOTIFY_AND_AUTO_RENEW' as const) : ('NOTIFY_AND_MANUAL_RENEW' as const) };
  const quote = useChangeQuote(scope, cvm.InquiryPriceRenewInstances, { InstanceIds: [instance.InstanceId], InstanceChargePrepaid: { Period: period } });
  const renew = useApplyChange(scope, (variables: { ids: string[] }) => callAction(cvm.RenewInstances, { InstanceIds: variables.ids, InstanceChargePrepaid: prepaid }, scope));

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.renewTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={renew.isPending}
      error={renew.error}
      onConfirm={() => renew.mutate({ ids: [instance.InstanceId] }, { onSuccess: onSucceeded })}
    >
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-fg-muted">{m.expiresNow}</dt>
        <dd>{instance.ExpiredTime ? formatTimestamp(instance.ExpiredTime, 'date') : '—'}</dd>
        <dt className="text-fg-muted">{m.expiresAfter}</dt>
        <dd className="font-medium">{formatTimestamp(renewedUntil(instance.ExpiredTime, period), 'date')}</dd>
      </dl>
      {instance.InstanceState === 'SHUTDOWN' && <p className="text-fg-muted">{m.renewIsolated}</p>}
      <PeriodFields label={m.renewFor} period={period} onPeriod={setPeriod} autoRenew={autoRenew} onAutoRenew={setAutoRenew} />
      <QuoteView quote={quote} lines={(price) => billingLines(price, period, m)} idleText="" />
    </ActionDialogFrame>
  );
}
