import { useId } from 'react';
import { TextInput } from './text-input.tsx';

interface TypedConfirmationProps {
  /** What to type, said in full ("Type the instance name, web-1, to confirm"). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

/**
 * The box a destructive dialog waits on: the person types a name (or a count) before the confirm button enables, so a
 * slip of the mouse cannot destroy anything. The dialog compares `value.trim()` with what it expects.
 */
export function TypedConfirmation({ label, value, onChange, autoFocus }: TypedConfirmationProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <TextInput
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        {...(autoFocus ? { 'data-autofocus': true } : {})}
      />
    </div>
  );
}
