import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FormField, describedBy } from './form-field.tsx';
import { TextInput } from './text-input.tsx';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  /** The input's id; one is made when the form does not need to know it. */
  id?: string;
  label: string;
  hint?: ReactNode;
  /** Why the value is refused, shown under the field and read with it; the field is marked invalid while there is one. */
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  /** Classes of the field around the label, the input and its words. */
  fieldClassName?: string;
}

/**
 * A labelled text box with its hint and its refusal: the FormField around a TextInput that every form writes the same
 * way (its id, the words it is described by, aria-invalid while refused, no browser autocomplete).
 */
export function TextField({ id: given, label, hint, error, value, onChange, fieldClassName, ...input }: TextFieldProps) {
  const made = useId();
  const id = given ?? made;
  return (
    <FormField id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <TextInput
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        {...input}
      />
    </FormField>
  );
}
