import { useId } from 'react';
import { cn } from '../../../../components/ui/cn.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { monitoringMessages } from '../messages.ts';
import { RANGES, type RangeKey } from '../ranges.ts';

/** The time range, as a row of radio buttons (arrow keys move between them, as in any radio group). */
export function RangePicker({ value, onChange }: { value: RangeKey; onChange: (range: RangeKey) => void }) {
  const m = useLocalized(monitoringMessages);
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">{m.rangeLabel}</legend>
      <span aria-hidden="true" className="text-sm text-fg-muted">
        {m.rangeLabel}
      </span>
      <div className="inline-flex overflow-hidden rounded-md border border-line">
        {RANGES.map((range) => (
          <label
            key={range}
            className={cn(
              'relative cursor-pointer border-line px-2.5 py-1 text-sm not-first:border-l has-focus-visible:outline-2 has-focus-visible:-outline-offset-2 has-focus-visible:outline-accent',
              range === value ? 'bg-accent text-on-accent' : 'bg-surface text-fg hover:bg-surface-3',
            )}
          >
            <input
              type="radio"
              name={name}
              value={range}
              checked={range === value}
              onChange={() => onChange(range)}
              className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
            />
            {m.ranges[range]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
