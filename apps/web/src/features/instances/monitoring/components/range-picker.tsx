import { useId, useState } from 'react';
import { cn } from '../../../../components/ui/cn.ts';
import { toDateTimeLocal } from '../../../../lib/datetime-local.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import { monitoringMessages } from '../messages.ts';
import { customProblem, RANGES, type RangeKey, type TimeWindow } from '../ranges.ts';

type Choice = RangeKey | 'custom';

const localInput = (seconds: number) => toDateTimeLocal(seconds * 1000);
const fromInput = (value: string) => {
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? Number.NaN : Math.floor(ms / 1000);
};

/**
 * The time range, as a row of radio buttons (arrow keys move between them, as in any radio group), the last of them
 * "Custom": a start and an end in the reader's own clock, applied as soon as both make a window the service keeps.
 */
export function RangePicker({ value, onChange }: { value: TimeWindow; onChange: (window: TimeWindow) => void }) {
  const m = useLocalized(monitoringMessages);
  const name = useId();
  const ids = { from: useId(), to: useId(), problem: useId() };
  const now = Math.floor(Date.now() / 1000);
  const [custom, setCustom] = useState(() =>
    value.range === 'custom' ? { from: localInput(value.from), to: localInput(value.to) } : { from: localInput(now - 3 * 3600), to: localInput(now) },
  );
  const from = fromInput(custom.from);
  const to = fromInput(custom.to);
  const problem = Number.isNaN(from) || Number.isNaN(to) ? 'order' : customProblem(from, to, now);

  const choose = (choice: Choice) => {
    if (choice !== 'custom') return onChange({ range: choice });
    if (!problem) onChange({ range: 'custom', from, to });
    else onChange({ range: 'custom', from: now - 3 * 3600, to: now });
  };
  const edit = (field: 'from' | 'to', text: string) => {
    const next = { ...custom, [field]: text };
    setCustom(next);
    const [a, b] = [fromInput(next.from), fromInput(next.to)];
    if (!Number.isNaN(a) && !Number.isNaN(b) && !customProblem(a, b, Math.floor(Date.now() / 1000))) onChange({ range: 'custom', from: a, to: b });
  };

  const choices: Choice[] = [...RANGES, 'custom'];
  return (
    <div className="space-y-2">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">{m.rangeLabel}</legend>
        <span aria-hidden="true" className="text-sm text-fg-muted">
          {m.rangeLabel}
        </span>
        <div className="inline-flex overflow-hidden rounded-md border border-line">
          {choices.map((choice) => (
            <label
              key={choice}
              className={cn(
                'relative cursor-pointer border-line px-2.5 py-1 text-sm not-first:border-l has-focus-visible:outline-2 has-focus-visible:-outline-offset-2 has-focus-visible:outline-accent',
                choice === value.range ? 'bg-accent text-on-accent' : 'bg-surface text-fg hover:bg-surface-3',
              )}
            >
              <input
                type="radio"
                name={name}
                value={choice}
                checked={choice === value.range}
                onChange={() => choose(choice)}
                className="absolute inset-0 m-0 cursor-pointer appearance-none opacity-0"
              />
              {choice === 'custom' ? m.custom : m.ranges[choice]}
            </label>
          ))}
        </div>
      </fieldset>
      {value.range === 'custom' && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {(['from', 'to'] as const).map((field) => (
            <span key={field} className="contents">
              <label htmlFor={ids[field]} className="text-fg-muted">
                {m[field]}
              </label>
              <input
                id={ids[field]}
                type="datetime-local"
                value={custom[field]}
                onChange={(event) => edit(field, event.target.value)}
                aria-describedby={problem ? ids.problem : undefined}
                className="rounded-md border border-line-strong bg-surface px-2 py-1 text-fg"
              />
            </span>
          ))}
          {problem && (
            <p id={ids.problem} role="alert" className="text-red-700 dark:text-red-300">
              {m.customProblems[problem]}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
