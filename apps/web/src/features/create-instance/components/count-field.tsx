import { useId } from 'react';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { numberText, parseNumberText } from '../../../lib/number-text.ts';
import { useZoneQuota } from '../api/account-quota.ts';
import { createMessages } from '../messages.ts';
import { problemFor } from '../state/validate.ts';
import { MAX_COUNT } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';

/**
 * How many to create, with what is left of the zone's quota for this billing mode. Going over the quota is warned
 * about, not blocked: the quota may be raised meanwhile, and the cloud's own refusal is the authority.
 */
export function CountField({ scope, form, update, lists, problems, attempted }: StepProps) {
  const m = useLocalized(createMessages);
  const t = useT();
  const id = useId();
  const { query, quota } = useZoneQuota(scope, form.zone, form.chargeType);
  const error = problemFor(problems, 'count', attempted)?.text(m);
  const hint = m.countHint(MAX_COUNT);
  const zoneName = lists.zones.data?.find((zone) => zone.Zone === form.zone)?.ZoneName || form.zone;
  const over = quota !== undefined && Number.isInteger(form.count) && form.count > quota.RemainingQuota;
  const once = quota && 'OnceQuota' in quota ? quota.OnceQuota : undefined;

  return (
    <div className="space-y-2">
      <FormField id={id} label={m.count} hint={hint} error={error} className="w-56">
        <TextInput
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_COUNT}
          step={1}
          value={numberText(form.count)}
          onChange={(event) => update({ count: parseNumberText(event.target.value) })}
          aria-invalid={error ? true : undefined}
          aria-describedby={[describedBy(id, { hint, error }), `${id}-quota`].filter(Boolean).join(' ')}
        />
      </FormField>
      <div id={`${id}-quota`} className="space-y-1 text-xs">
        {quota && <p className="text-fg-muted">{m.quota(zoneName, quota.RemainingQuota, quota.TotalQuota, t.chargeTypes[form.chargeType].toLowerCase())}</p>}
        {once !== undefined && once > 0 && <p className="text-fg-muted">{m.quotaOnce(once)}</p>}
        {query.isError && <p className="text-fg-muted">{m.quotaFailed}</p>}
        {over && (
          <p role="alert" className="font-medium text-amber-800 dark:text-amber-300">
            {m.quotaExceeded(quota.RemainingQuota)}
          </p>
        )}
        {!over && once !== undefined && once > 0 && Number.isInteger(form.count) && form.count > once && (
          <p role="alert" className="font-medium text-amber-800 dark:text-amber-300">
            {m.quotaOnceExceeded(once)}
          </p>
        )}
      </div>
    </div>
  );
}
