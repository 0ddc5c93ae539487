import { useId } from 'react';
import { PREPAID_PERIODS } from '@cvm/shared';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { FormField } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { modifyMessages } from './messages.ts';

/** A subscription period (the cloud's 1–12, 24, 36, 48 or 60 months) and whether it renews itself when it ends. */
export function PeriodFields({
  label,
  period,
  onPeriod,
  autoRenew,
  onAutoRenew,
}: {
  label: string;
  period: number;
  onPeriod: (months: number) => void;
  autoRenew: boolean;
  onAutoRenew: (on: boolean) => void;
}) {
  const m = useLocalized(modifyMessages);
  const ids = { period: useId(), renew: useId() };
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <FormField id={ids.period} label={label} className="w-48">
        <Select id={ids.period} value={String(period)} onChange={(event) => onPeriod(Number(event.target.value))}>
          {PREPAID_PERIODS.map((months) => (
            <option key={months} value={months}>
              {m.months(months)}
            </option>
          ))}
        </Select>
      </FormField>
      <label htmlFor={ids.renew} className="flex h-8 cursor-pointer items-center gap-2 text-sm">
        <Checkbox id={ids.renew} checked={autoRenew} onChange={(event) => onAutoRenew(event.target.checked)} />
        {m.autoRenew}
      </label>
    </div>
  );
}
