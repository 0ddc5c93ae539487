import { useId } from 'react';
import { DEFAULT_INSTANCE_NAME, INSTANCE_NAME_MAX_LENGTH, expandNumberedNames } from '@cvm/shared';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { createMessages } from '../messages.ts';
import { isWindowsImage, problemFor } from '../state/validate.ts';
import { MAX_COUNT } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';

const PREVIEW = 5;

/** The names the cloud will give, from the shared numbering rule ({R:n}, else 1..n appended), the first few shown. */
export function namesToBeGiven(name: string, count: number): string[] {
  const n = Number.isInteger(count) && count >= 1 && count <= MAX_COUNT ? count : 1;
  return expandNumberedNames(name.trim(), n);
}

export function NamePreview({ name, count }: { name: string; count: number }) {
  const m = useLocalized(createMessages);
  if (!name.trim()) return <p className="text-xs text-fg-muted">{m.defaultName(DEFAULT_INSTANCE_NAME)}</p>;
  const names = namesToBeGiven(name, count);
  return (
    <div className="text-xs">
      <p className="text-fg-muted">{m.namesPreview}</p>
      <ul aria-label={m.namesPreview} className="mt-1 flex flex-wrap gap-1.5">
        {names.slice(0, PREVIEW).map((shown, index) => (
          <li key={index} className="rounded bg-surface-3 px-1.5 py-0.5 font-mono text-fg">
            {shown}
          </li>
        ))}
        {names.length > PREVIEW && <li className="px-1 py-0.5 text-fg-muted">{m.moreNames(names.length - PREVIEW)}</li>}
      </ul>
    </div>
  );
}

/** Instance name (numbered for several) and host name, each checked with the cloud's rule as typed. */
export function NameFields({ form, update, lists, problems, attempted }: StepProps) {
  const m = useLocalized(createMessages);
  const ids = { name: useId(), host: useId() };
  const windows = isWindowsImage(lists.image);
  const nameError = problemFor(problems, 'name', attempted)?.text(m);
  const hostError = problemFor(problems, 'hostName', attempted)?.text(m);
  const nameHint = m.instanceNameHint(INSTANCE_NAME_MAX_LENGTH);
  const hostHint = m.hostNameHint(windows);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="space-y-2">
        <FormField id={ids.name} label={m.instanceName} hint={nameHint} error={nameError}>
          <TextInput
            id={ids.name}
            value={form.name}
            maxLength={INSTANCE_NAME_MAX_LENGTH + 20}
            onChange={(event) => update({ name: event.target.value })}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy(ids.name, { hint: nameHint, error: nameError })}
            autoComplete="off"
          />
        </FormField>
        <NamePreview name={form.name} count={form.count} />
      </div>
      <FormField id={ids.host} label={m.hostName} hint={hostHint} error={hostError}>
        <TextInput
          id={ids.host}
          value={form.hostName}
          onChange={(event) => update({ hostName: event.target.value })}
          aria-invalid={hostError ? true : undefined}
          aria-describedby={describedBy(ids.host, { hint: hostHint, error: hostError })}
          autoComplete="off"
          spellCheck={false}
        />
      </FormField>
    </div>
  );
}
