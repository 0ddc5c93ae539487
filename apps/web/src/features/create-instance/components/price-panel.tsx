import { useId, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Price } from '@cvm/shared';
import { Badge } from '../../../components/ui/badge.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import type { WizardLists } from '../hooks/use-wizard-lists.ts';
import { createMessages } from '../messages.ts';
import { placementWords } from '../placement-words.ts';
import { isDiscounted, priceFigures, type Amount, type BandwidthFigure } from '../../../cloud/price/price-figures.ts';
import { useFormatPrice } from '../../../cloud/price/use-format-price.ts';
import type { WizardForm } from '../state/wizard-form.ts';

interface PricePanelProps {
  form: WizardForm;
  lists: WizardLists;
  quote: { query: UseQueryResult<{ Price: Price }>; idle: boolean; stale: boolean };
}

/**
 * The sticky side panel: what the current choices cost, from InquiryPriceRunInstances. A figure that no longer
 * matches the choices (a newer quote is on its way) is dimmed and marked busy with "Updating…", never passed off as
 * current; a refused quote shows the cloud's code. Below, the choices the price is for.
 */
export function PricePanel({ form, lists, quote }: PricePanelProps) {
  const m = useLocalized(createMessages);
  const w = useLocalized(placementWords);
  const titleId = useId();
  const data = quote.query.data;
  const figures = data && !quote.idle ? priceFigures(data.Price, form.chargeType === 'PREPAID' ? form.period : undefined) : undefined;
  const updating = !quote.idle && (quote.stale || quote.query.isFetching);

  return (
    <aside aria-labelledby={titleId} className="rounded-lg border border-line bg-surface shadow-xs">
      <header className="flex items-center justify-between gap-2 border-b border-line px-5 py-3">
        <h2 id={titleId} className="text-base font-semibold text-fg">
          {m.price}
        </h2>
        {/* Said once when it starts, not on every keystroke: the figures' aria-busy says the rest. */}
        <span role="status" className="flex items-center gap-1.5 text-xs text-fg-muted">
          {updating && (
            <>
              <Spinner />
              {m.priceUpdating}
            </>
          )}
        </span>
      </header>
      <div className="space-y-4 px-5 py-4">
        {quote.idle ? (
          <p className="text-sm text-fg-muted">{form.chargeType === 'CDHPAID' ? w.priceOnHost : m.priceIdle}</p>
        ) : quote.query.isError && !updating ? (
          <ErrorPanel error={quote.query.error} title={m.priceFailed} onRetry={() => void quote.query.refetch()} />
        ) : !figures ? (
          <Spinner label={m.priceUpdating} className="text-fg-muted" />
        ) : (
          <dl aria-busy={updating || undefined} className={cn('space-y-3 transition-opacity', updating && 'opacity-45')}>
            {figures.kind === 'hourly' ? (
              <>
                <Figure label={m.perHour} amount={figures.perHour} unit big discount={figures.discount} />
                <Figure label={m.perMonthEstimate} amount={figures.perMonth} hint={m.perMonthEstimateHint} />
                <Parts instance={<UnitAmount amount={figures.instancePerHour} per="hour" />} bandwidth={figures.bandwidth} />
              </>
            ) : (
              <>
                <Figure label={m.total(m.months(figures.months))} amount={figures.total} big discount={figures.discount} />
                <Figure label={m.perMonth} amount={figures.perMonth} />
                <Parts instance={<TotalAmount amount={figures.instance} />} bandwidth={figures.bandwidth} />
              </>
            )}
          </dl>
        )}
        {!quote.idle && figures?.bandwidth.unit === 'GB' && <p className="text-[11px] leading-4 text-fg-subtle">{m.trafficNote}</p>}
        {!quote.idle && figures && <p className="text-xs text-fg-muted">{m.forCount(Number.isInteger(form.count) ? form.count : 1)}</p>}
      </div>
      <ChoicesSummary form={form} lists={lists} />
    </aside>
  );
}

/** One figure: the term (dt) names the amount (dd), so it is read, and found, as "Per hour: CN¥0.43". */
function Figure({ label, amount, big, unit, hint, discount }: { label: string; amount: Amount; big?: boolean; unit?: boolean; hint?: string; discount?: number }) {
  const m = useLocalized(createMessages);
  const price = useFormatPrice();
  const format = unit ? price.unit : price.total;
  const discounted = isDiscounted(amount);
  return (
    <div>
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className="mt-0.5 flex flex-wrap items-baseline gap-x-2">
        <span className={cn('font-semibold text-fg tabular-nums', big ? 'text-2xl text-accent' : 'text-base')}>{format(amount.paid)}</span>
        {discounted && (
          <del className="text-xs text-fg-subtle tabular-nums">
            <span className="sr-only">{m.originalPrice} </span>
            {format(amount.original)}
          </del>
        )}
        {discounted && discount !== undefined && discount < 100 && <Badge tone="success">{m.discount(Math.round((100 - discount) * 10) / 10)}</Badge>}
        {hint && <span className="block w-full text-[11px] leading-4 text-fg-subtle">{hint}</span>}
      </dd>
    </div>
  );
}

function UnitAmount({ amount, per }: { amount: Amount; per: 'hour' | 'GB' }) {
  const m = useLocalized(createMessages);
  const price = useFormatPrice();
  const text = (value: number) => (per === 'hour' ? m.perHourUnit(price.unit(value)) : m.perGbUnit(price.unit(value)));
  return (
    <>
      {text(amount.paid)}
      {isDiscounted(amount) && <del className="ml-1.5 text-fg-subtle">{text(amount.original)}</del>}
    </>
  );
}

function TotalAmount({ amount }: { amount: Amount }) {
  const price = useFormatPrice();
  return (
    <>
      {price.total(amount.paid)}
      {isDiscounted(amount) && <del className="ml-1.5 text-fg-subtle">{price.total(amount.original)}</del>}
    </>
  );
}

/** The instance part and the bandwidth part, priced separately as the cloud bills them. */
function Parts({ instance, bandwidth }: { instance: ReactNode; bandwidth: BandwidthFigure }) {
  const m = useLocalized(createMessages);
  return (
    <div className="space-y-1.5 border-t border-line pt-3 text-xs">
      <div className="flex justify-between gap-3">
        <dt className="text-fg-muted">{m.instancePart}</dt>
        <dd className="text-right text-fg tabular-nums">{instance}</dd>
      </div>
      <div className="flex justify-between gap-3">
        <dt className="text-fg-muted">{m.bandwidthPart}</dt>
        <dd className="text-right text-fg tabular-nums">
          {bandwidth.unit === 'FREE' ? (
            m.bandwidthFree
          ) : bandwidth.unit === 'GB' ? (
            <UnitAmount amount={bandwidth.amount} per="GB" />
          ) : bandwidth.unit === 'HOUR' ? (
            <UnitAmount amount={bandwidth.amount} per="hour" />
          ) : (
            <TotalAmount amount={bandwidth.amount} />
          )}
        </dd>
      </div>
    </div>
  );
}

/** What the price is for, in short, so the panel reads on its own on every step. */
function ChoicesSummary({ form, lists }: { form: WizardForm; lists: WizardLists }) {
  const m = useLocalized(createMessages);
  const t = useT();
  const zone = lists.zones.data?.find((z) => z.Zone === form.zone);
  const offering = lists.offering;
  const image = lists.image;
  const rows: [string, string][] = [
    [m.fields.zone, zone?.ZoneName || form.zone],
    [m.fields.billing, form.chargeType === 'PREPAID' ? `${t.chargeTypes.PREPAID}, ${m.months(form.period)}` : t.chargeTypes[form.chargeType]],
    [m.fields.instanceType, offering ? `${form.instanceType} · ${t.common.cores(offering.Cpu)}, ${t.common.memoryGb(offering.Memory)}` : form.instanceType],
    [m.fields.image, image ? image.ImageName || image.OsName : form.imageId],
    [m.fields.systemDisk, Number.isFinite(form.systemDiskSize) ? m.diskSummary(t.diskTypes[form.systemDiskType], form.systemDiskSize) : ''],
    [m.fields.dataDisks, form.dataDisks.map((d) => m.diskSummary(t.diskTypes[d.type], d.size)).join('; ') || t.common.emptyValue],
    [m.fields.internet, form.bandwidth > 0 ? m.internetSummary(t.internetChargeTypes[form.internetChargeType], form.bandwidth) : m.bandwidthFree],
    [m.fields.count, Number.isFinite(form.count) ? String(form.count) : ''],
  ];
  return (
    <div className="border-t border-line px-5 py-4">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-fg-muted uppercase">{m.summary}</h3>
      <dl className="space-y-1.5 text-xs">
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-[7rem_1fr] gap-2">
            <dt className="text-fg-subtle">{label}</dt>
            <dd className={cn('min-w-0 break-words', value ? 'text-fg' : 'text-fg-subtle italic')}>{value || m.notChosen}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
