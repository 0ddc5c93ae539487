import { cvm, type Price } from '@cvm/shared';
import { useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { priceFigures } from '../../../../cloud/price/price-figures.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { useChangeQuote } from '../../api/change-quote.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { modifyMessages, type ModifyMessages } from './messages.ts';
import { PeriodFields } from './period-fields.tsx';
import { QuoteView, type QuoteLine } from './quote-view.tsx';

/** A subscription is quoted for its whole period; pay-as-you-go by the hour (and an estimated month). */
export function billingLines(price: Price, months: number | undefined, m: ModifyMessages): QuoteLine[] {
  const figures = priceFigures(price, months);
  if (figures.kind === 'prepaid') {
    return [
      { label: m.totalFor(m.months(figures.months)), amount: figures.total, discount: figures.discount },
      { label: m.perMonth, amount: figures.perMonth },
    ];
  }
  return [
    { label: m.newPerHour, amount: figures.perHour, unit: true, discount: figures.discount },
    { label: m.perMonthEstimate, amount: figures.perMonth, hint: m.perMonthHint },
  ];
}

/**
 * Switch billing (ModifyInstancesChargeType): pay-as-you-go to a monthly subscription for a period (paid now, quoted
 * in full), or a subscription to pay-as-you-go (quoted by the hour). The switch applies at once.
 */
export function ChargeTypeDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const t = useT();
  const toPrepaid = instance.InstanceChargeType !== 'PREPAID';
  const target: 'PREPAID' | 'POSTPAID_BY_HOUR' = toPrepaid ? 'PREPAID' : 'POSTPAID_BY_HOUR';
  const [period, setPeriod] = useState(1);
  const [autoRenew, setAutoRenew] = useState(false);
  const prepaid = toPrepaid ? { InstanceChargePrepaid: { Period: period, RenewFlag: autoRenew ? ('NOTIFY_AND_AUTO_RENEW' as const) : ('NOTIFY_AND_MANUAL_RENEW' as const) } } : {};
  const params = { InstanceIds: [instance.InstanceId], InstanceChargeType: target, ...prepaid };
  const quote = useChangeQuote(scope, cvm.InquiryPriceModifyInstancesChargeType, params);
  const change = useApplyChange(scope, (variables: { ids: string[] }) => callAction(cvm.ModifyInstancesChargeType, { ...params, InstanceIds: variables.ids }, scope));

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.chargeTypeTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      onConfirm={() => change.mutate({ ids: [instance.InstanceId] }, { onSuccess: onSucceeded })}
    >
      <p className="font-medium">{m.switchFromTo(t.chargeTypes[instance.InstanceChargeType] ?? instance.InstanceChargeType, t.chargeTypes[target])}</p>
      <p className="text-fg-muted">{toPrepaid ? m.toPrepaidNote : m.toPostpaidNote}</p>
      {toPrepaid && <PeriodFields label={m.period} period={period} onPeriod={setPeriod} autoRenew={autoRenew} onAutoRenew={setAutoRenew} />}
      <QuoteView quote={quote} lines={(price) => billingLines(price, toPrepaid ? period : undefined, m)} idleText="" />
    </ActionDialogFrame>
  );
}
