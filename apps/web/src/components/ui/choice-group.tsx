import { useId } from 'react';
import { cn } from './cn.ts';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** A sentence on what choosing it means; read with the option, not as part of its name. */
  hint: string;
  /** Why it cannot be chosen here; shown instead of the hint, and the option is disabled. */
  disabledReason?: string | undefined;
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  value: V;
  choices: Choice<V>[];
  onChange: (value: V) => void;
  /** Side by side (a few short options, like billing modes) rather than one under another. */
  layout?: 'stack' | 'row';
}

/**
 * A radio group (fieldset + legend) whose options each carry a plain-words explanation. Each radio is named by its
 * label alone ("Hard stop (force)") and described by its hint, so it can be found by name and still be explained.
 */
export function ChoiceGroup<V extends string>({ legend, value, choices, onChange, layout = 'stack' }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-fg">{legend}</legend>
      <div className={layout === 'row' ? 'grid gap-2 sm:grid-cols-2' : 'space-y-2'}>
        {choices.map((choice) => (
          <ChoiceOption key={choice.value} name={name} choice={choice} checked={choice.value === value} onChange={onChange} />
        ))}
      </div>
    </fieldset>
  );
}

function ChoiceOption<V extends string>({ name, choice, checked, onChange }: { name: string; choice: Choice<V>; checked: boolean; onChange: (v: V) => void }) {
  const id = useId();
  return (
    <label
      htmlFor={id}
      className={cn(
        'flex gap-3 rounded-md border px-3 py-2.5 transition-colors',
        choice.disabledReason ? 'cursor-not-allowed opacity-60' : 'cursor-pointer',
        checked ? 'border-accent bg-accent-soft' : 'border-line hover:border-line-strong',
      )}
    >
      <input
        id={id}
        type="radio"
        name={name}
        value={choice.value}
        checked={checked}
        disabled={Boolean(choice.disabledReason)}
        onChange={() => onChange(choice.value)}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-4 shrink-0 accent-accent"
      />
      <span className="min-w-0">
        <span id={`${id}-label`} className="block font-medium text-fg">
          {choice.label}
        </span>
        <span id={`${id}-hint`} className="mt-0.5 block text-xs text-fg-muted">
          {choice.disabledReason ?? choice.hint}
        </span>
      </span>
    </label>
  );
}
