import { useId } from 'react';
import type { Instance, Price } from '@cvm/shared';
import { Badge } from '../../../../components/ui/badge.tsx';
import { cn } from '../../../../components/ui/cn.ts';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useFormatTimestamp } from '../../../../i18n/format.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { isDiscounted, priceFigures, type Amount } from '../../../../cloud/price/price-figures.ts';
import { useFormatPrice } from '../../../../cloud/price/use-format-price.ts';
import type { ChangeQuote } from '../../api/change-quote.ts';
import { modifyMessages, type ModifyMessages } from './messages.ts';

/** One figure of a quote: a unit price (per hour, per GB: four decimals) or an amount (cents). */
export interface QuoteLine {
  label: string;
  amount: Amount;
  unit?: boolean;
  hint?: string;
  discount?: number;
}

/**
 * What a changed configuration costs, as the cloud quotes it: a pay-as-you-go instance by its new price per hour (the
 * whole instance: compute and disks), a subscription by what the change costs for the rest of the period already paid.
 */
export function changeLines(price: Price, instance: Instance, m: ModifyMessages, formatDate: (iso: string) => string): QuoteLine[] {
  if (instance.InstanceChargeType === 'PREPAID') {
    const figures = priceFigures(price, 1);
    if (figures.kind !== 'prepaid') return [];
    return [{ label: m.dueNow, amount: figures.total, hint: instance.ExpiredTime ? m.dueHint(formatDate(instance.ExpiredTime)) : undefined }];
  }
  const figures = priceFigures(price, undefined);
  if (figures.kind !== 'hourly') return [];
  return [
    { label: m.newPerHour, amount: figures.perHour, unit: true, discount: figures.discount },
    { label: m.perMonthEstimate, amount: figures.perMonth, hint: m.perMonthHint },
  ];
}

/** Use with changeLines: formats the subscription's end in the reader's language. */
export function useChangeLines(instance: Instance) {
  const m = useLocalized(modifyMessages);
  const formatTimestamp = useFormatTimestamp();
  return (price: Price) => changeLines(price, instance, m, (iso) => formatTimestamp(iso, 'date'));
}

interface QuoteViewProps {
  quote: ChangeQuote;
  lines: (price: Price) => QuoteLine[];
  /** What to say while there is nothing to price yet. */
  idleText: string;
  /** Below the figures: what the quote covers or leaves out. */
  note?: string | undefined;
}

/**
 * The price of a change, before it is confirmed. A figure that no longer matches the choices (a newer quote is on its
 * way) is dimmed and marked busy, never passed off as current; a refused quote shows the cloud's code and RequestId.
 */
export function QuoteView({ quote, lines, idleText, note }: QuoteViewProps) {
  const m = useLocalized(modifyMessages);
  const titleId = useId();
  const data = quote.query.data;
  const updating = !quote.idle && (quote.stale || quote.query.isFetching);
  const figures = data && !quote.idle ? lines(data.Price) : undefined;

  return (
    <section aria-labelledby={titleId} className="rounded-md border border-line bg-surface-2/60 px-4 py-3">
      <header className="mb-2 flex items-center justify-between gap-2">
        <h3 id={titleId} className="text-sm font-semibold text-fg">
          {m.quoteTitle}
        </h3>
        <span role="status" className="flex items-center gap-1.5 text-xs text-fg-muted">
          {updating && (
            <>
              <Spinner />
              {m.quoteUpdating}
            </>
          )}
        </span>
      </header>
      {quote.idle ? (
        <p className="text-sm text-fg-muted">{idleText}</p>
      ) : quote.query.isError && !updating ? (
        <ErrorPanel error={quote.query.error} title={m.quoteFailed} onRetry={() => void quote.query.refetch()} />
      ) : !figures ? (
        <Spinner label={m.quoteUpdating} className="text-fg-muted" />
      ) : (
        <dl aria-busy={updating || undefined} className={cn('space-y-2 transition-opacity', updating && 'opacity-45')}>
          {figures.map((line, index) => (
            <Figure key={line.label} line={line} big={index === 0} />
          ))}
        </dl>
      )}
      {note && <p className="mt-2 text-xs text-fg-muted">{note}</p>}
    </section>
  );
}

function Figure({ line, big }: { line: QuoteLine; big: boolean }) {
  const m = useLocalized(modifyMessages);
  const price = useFormatPrice();
  const format = line.unit ? price.unit : price.total;
  const discounted = isDiscounted(line.amount);
  return (
    <div>
      <dt className="text-xs text-fg-muted">{line.label}</dt>
      <dd className="mt-0.5 flex flex-wrap items-baseline gap-x-2">
        <span className={cn('font-semibold text-fg tabular-nums', big ? 'text-xl text-accent' : 'text-sm')}>{format(line.amount.paid)}</span>
        {discounted && (
          <del className="text-xs text-fg-subtle tabular-nums">
            <span className="sr-only">{m.originalPrice} </span>
            {format(line.amount.original)}
          </del>
        )}
        {discounted && line.discount !== undefined && line.discount < 100 && <Badge tone="success">{m.discount(100 - line.discount)}</Badge>}
        {line.hint && <span className="block w-full text-[11px] leading-4 text-fg-subtle">{line.hint}</span>}
      </dd>
    </div>
  );
}
