import { cvm, MAX_BANDWIDTH_MBPS, type Instance, type Price } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { useFormatTimestamp } from '../../../../i18n/format.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { numberText, parseNumberText } from '../../../../lib/number-text.ts';
import { priceFigures } from '../../../../cloud/price/price-figures.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { useChangeQuote } from '../../api/change-quote.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { modifyMessages, type ModifyMessages } from './messages.ts';
import { QuoteView, type QuoteLine } from './quote-view.tsx';
import { BandwidthHistory } from './bandwidth-history.tsx';

/** Public bandwidth is priced on its own: per GB of traffic, per hour, or (prepaid) for the rest of the period. */
function bandwidthLines(price: Price, instance: Instance, m: ModifyMessages, formatDate: (iso: string) => string): QuoteLine[] {
  const bandwidth = priceFigures(price, undefined).bandwidth;
  switch (bandwidth.unit) {
    case 'FREE':
      return [{ label: m.bandwidthFree, amount: { paid: 0, original: 0 } }];
    case 'GB':
      return [{ label: m.perGb, amount: bandwidth.amount, unit: true, hint: m.perGbHint }];
    case 'HOUR':
      return [{ label: m.bandwidthPerHour, amount: bandwidth.amount, unit: true }];
    case 'PERIOD':
      return [{ label: m.dueNow, amount: bandwidth.amount, hint: instance.ExpiredTime ? m.dueHint(formatDate(instance.ExpiredTime)) : undefined }];
  }
}

/**
 * Change the public bandwidth cap (ResetInstancesInternetMaxBandwidth): within the billing method's limit; prepaid
 * bandwidth only grows. The quote is asked for the new cap before anything changes; the change applies at once.
 */
export function BandwidthDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const t = useT();
  const formatTimestamp = useFormatTimestamp();
  const id = useId();
  const chargeType = instance.InternetAccessible.InternetChargeType ?? 'TRAFFIC_POSTPAID_BY_HOUR';
  const current = instance.InternetAccessible.InternetMaxBandwidthOut;
  const prepaid = chargeType === 'BANDWIDTH_PREPAID';
  const min = prepaid ? current : 0;
  const max = MAX_BANDWIDTH_MBPS[chargeType];
  const [value, setValue] = useState(current);
  const [attempted, setAttempted] = useState(false);
  const problem = !Number.isInteger(value) ? m.bandwidthNotNumber : value < min || value > max ? m.bandwidthRange(min, max) : value === current ? m.bandwidthSame : undefined;
  // Said once the person typed something else, or tried to confirm: not for the untouched current value.
  const shownProblem = attempted || (Number.isInteger(value) && value !== current) ? problem : undefined;
  const params = { InstanceIds: [instance.InstanceId], InternetAccessible: { InternetMaxBandwidthOut: value } };
  const quote = useChangeQuote(scope, cvm.InquiryPriceResetInstancesInternetMaxBandwidth, problem ? undefined : params);
  const change = useApplyChange(
    scope,
    (variables: { ids: string[]; bandwidth: number }) =>
      callAction(cvm.ResetInstancesInternetMaxBandwidth, { InstanceIds: variables.ids, InternetAccessible: { InternetMaxBandwidthOut: variables.bandwidth } }, scope),
    (i, variables) => ({ ...i, InternetAccessible: { ...i.InternetAccessible, InternetMaxBandwidthOut: variables.bandwidth } }),
  );
  const hint = prepaid ? m.bandwidthPrepaidHint(min, max) : m.bandwidthHint(max);

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.bandwidthTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={change.isPending}
      error={change.error}
      onConfirm={() => {
        setAttempted(true);
        if (!problem) change.mutate({ ids: [instance.InstanceId], bandwidth: value }, { onSuccess: onSucceeded });
      }}
    >
      <p className="text-fg-muted">{m.bandwidthNow(t.common.mbps(current), t.internetChargeTypes[chargeType] ?? chargeType)}</p>
      <FormField id={id} label={m.newBandwidth} hint={hint} error={shownProblem} className="w-64">
        <TextInput
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={numberText(value)}
          onChange={(event) => setValue(parseNumberText(event.target.value))}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={describedBy(id, { hint, error: shownProblem })}
          data-autofocus
        />
      </FormField>
      <QuoteView
        quote={quote}
        lines={(price) => bandwidthLines(price, instance, m, (iso) => formatTimestamp(iso, 'date'))}
        idleText={m.enterBandwidthFirst}
        note={m.bandwidthAtOnce}
      />
      {prepaid && <BandwidthHistory instance={instance} scope={scope} />}
    </ActionDialogFrame>
  );
}
