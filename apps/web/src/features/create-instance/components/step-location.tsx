import { useId } from 'react';
import type { ZoneInfo } from '@cvm/shared';
import type { CloudScopeState } from '../../../app/use-cloud-scope.ts';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { RegionSelect } from '../../../cloud/regions/region-select.tsx';
import { createMessages } from '../messages.ts';
import { placementWords } from '../placement-words.ts';
import { problemFor } from '../state/validate.ts';
import { WIZARD_PERIODS, withChargeType, type WizardChargeType } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';
import { Block, FieldError, StepFrame } from './wizard-section.tsx';
import { PlacementFields } from './placement-fields.tsx';

/** Step 1: account and region (the URL's, shared with the list), the zone, and how the instances are billed. */
export function StepLocation({ cloud, ...props }: StepProps & { cloud: CloudScopeState }) {
  const m = useLocalized(createMessages);
  const w = useLocalized(placementWords);
  const { form, update, lists, problems, attempted } = props;
  const periodId = useId();
  const zoneError = problemFor(problems, 'zone', attempted);
  const zoneErrorId = useId();

  return (
    <StepFrame title={m.steps.location}>
      <Block>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <AccountSelect accounts={cloud.accounts} account={cloud.account} failed={Boolean(cloud.accountsError)} onChange={cloud.setAccount} />
          <RegionSelect scope={cloud.scope} region={cloud.region} onChange={cloud.setRegion} />
        </div>
      </Block>
      <Block>
        <fieldset aria-describedby={zoneError ? zoneErrorId : undefined}>
          <legend className="mb-2 text-sm font-medium text-fg">{m.zone}</legend>
          {lists.zones.isError ? (
            <ErrorPanel error={lists.zones.error} title={m.zonesFailed} onRetry={() => void lists.zones.refetch()} />
          ) : !lists.zones.data ? (
            <Spinner label={m.zonesLoading} className="text-fg-muted" />
          ) : (
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {lists.zones.data.map((zone) => (
                <ZoneOption key={zone.Zone} zone={zone} checked={form.zone === zone.Zone} onChoose={() => update({ zone: zone.Zone })} />
              ))}
            </div>
          )}
          <FieldError id={zoneErrorId} text={zoneError?.text(m)} />
        </fieldset>
      </Block>
      <Block>
        <ChoiceGroup<WizardChargeType>
          legend={m.billing}
          layout="row"
          value={form.chargeType}
          onChange={(chargeType) => update((f) => withChargeType(f, chargeType))}
          choices={[
            { value: 'POSTPAID_BY_HOUR', label: m.postpaid, hint: m.postpaidHint },
            { value: 'PREPAID', label: m.prepaid, hint: m.prepaidHint },
            { value: 'CDHPAID', label: w.dedicatedHost, hint: w.dedicatedHostHint },
          ]}
        />
        {form.chargeType === 'PREPAID' && (
          <div className="flex flex-wrap items-start gap-x-8 gap-y-3">
            <FormField id={periodId} label={m.period} className="w-48">
              <Select id={periodId} value={String(form.period)} onChange={(event) => update({ period: Number(event.target.value) })}>
                {WIZARD_PERIODS.map((months) => (
                  <option key={months} value={months}>
                    {m.months(months)}
                  </option>
                ))}
              </Select>
            </FormField>
            <AutoRenew checked={form.renewFlag === 'NOTIFY_AND_AUTO_RENEW'} onChange={(on) => update({ renewFlag: on ? 'NOTIFY_AND_AUTO_RENEW' : 'NOTIFY_AND_MANUAL_RENEW' })} />
          </div>
        )}
      </Block>
      <PlacementFields {...props} />
    </StepFrame>
  );
}

function ZoneOption({ zone, checked, onChoose }: { zone: ZoneInfo; checked: boolean; onChoose: () => void }) {
  const m = useLocalized(createMessages);
  const id = useId();
  const unavailable = zone.ZoneState !== 'AVAILABLE';
  return (
    <label
      htmlFor={id}
      className={cn(
        'flex gap-3 rounded-md border px-3 py-2.5 transition-colors',
        unavailable ? 'cursor-not-allowed opacity-55' : 'cursor-pointer hover:border-line-strong',
        checked ? 'border-accent bg-accent-soft' : 'border-line',
      )}
    >
      <input
        id={id}
        type="radio"
        name="zone"
        value={zone.Zone}
        checked={checked}
        disabled={unavailable}
        onChange={onChoose}
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-4 shrink-0 accent-accent"
      />
      <span className="min-w-0">
        <span id={`${id}-name`} className="block text-sm font-medium text-fg">
          {zone.ZoneName || zone.Zone}
        </span>
        <span id={`${id}-hint`} className="block text-xs text-fg-muted">
          <span className="font-mono">{zone.Zone}</span>
          {unavailable && ` · ${m.zoneUnavailable}`}
        </span>
      </span>
    </label>
  );
}

function AutoRenew({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  const m = useLocalized(createMessages);
  const id = useId();
  return (
    <div className="flex max-w-md gap-2.5 pt-6">
      <Checkbox id={id} checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={`${id}-hint`} className="mt-0.5" />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-fg">
          {m.autoRenew}
        </label>
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {m.autoRenewHint}
        </p>
      </div>
    </div>
  );
}
