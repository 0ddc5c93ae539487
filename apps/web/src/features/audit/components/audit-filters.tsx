import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useDebouncedInput } from '../../../lib/use-debounced-input.ts';
import { isCompleteInstanceId, type AuditFilters as Filters } from '../api/audit-filters.ts';
import { auditMessages } from '../messages.ts';

interface AuditFiltersProps {
  filters: Filters;
  onChange: (key: keyof Filters, value: string, mode?: 'push' | 'replace') => void;
  onReset: () => void;
}

/** Person, action prefix, instance, outcome and a time range; text applies after typing pauses, the rest at once. */
export function AuditFilters({ filters, onChange, onReset }: AuditFiltersProps) {
  const m = useLocalized(auditMessages);
  const ids = { actor: useId(), action: useId(), instance: useId(), outcome: useId(), from: useId(), to: useId() };
  const [actor, setActor] = useDebouncedInput(filters.actor, (v) => onChange('actor', v, 'replace'));
  const [action, setAction] = useDebouncedInput(filters.action, (v) => onChange('action', v, 'replace'));
  const [instance, setInstance] = useDebouncedInput(filters.instance, (v) => onChange('instance', v, 'replace'));
  const instanceIncomplete = instance.trim() !== '' && !isCompleteInstanceId(instance);
  const active = Object.values(filters).some(Boolean);

  return (
    <div role="search" aria-label={m.filtersLabel} className="flex flex-wrap items-start gap-3">
      <Field htmlFor={ids.actor} label={m.person} className="w-40">
        <TextInput id={ids.actor} value={actor} onChange={(e) => setActor(e.target.value)} placeholder={m.personPlaceholder} autoComplete="off" spellCheck={false} />
      </Field>
      <Field htmlFor={ids.action} label={m.action} className="w-52">
        <TextInput
          id={ids.action}
          value={action}
          onChange={(e) => setAction(e.target.value)}
          placeholder={m.actionPlaceholder}
          title={m.actionHint}
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
        />
      </Field>
      <Field htmlFor={ids.instance} label={m.instance} className="w-48">
        <TextInput
          id={ids.instance}
          value={instance}
          onChange={(e) => setInstance(e.target.value)}
          placeholder="ins-xxxxxxxx"
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          aria-invalid={instanceIncomplete || undefined}
          aria-describedby={instanceIncomplete ? `${ids.instance}-hint` : undefined}
        />
        {instanceIncomplete && (
          <p id={`${ids.instance}-hint`} className="max-w-48 text-xs text-amber-700 dark:text-amber-300">
            {m.instanceIncomplete}
          </p>
        )}
      </Field>
      <Field htmlFor={ids.outcome} label={m.outcome} className="w-40">
        <Select id={ids.outcome} value={filters.outcome} onChange={(e) => onChange('outcome', e.target.value)}>
          <option value="">{m.anyOutcome}</option>
          <option value="success">{m.outcomes.success}</option>
          <option value="failure">{m.outcomes.failure}</option>
          <option value="denied">{m.outcomes.denied}</option>
          <option value="unknown">{m.outcomes.unknown}</option>
          <option value="pending">{m.outcomes.pending}</option>
        </Select>
      </Field>
      <Field htmlFor={ids.from} label={m.from} className="w-52">
        <input
          id={ids.from}
          type="datetime-local"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange('from', e.target.value)}
          className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-fg hover:border-line-strong"
        />
      </Field>
      <Field htmlFor={ids.to} label={m.to} className="w-52">
        <input
          id={ids.to}
          type="datetime-local"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => onChange('to', e.target.value)}
          className="h-8 rounded-md border border-line bg-surface px-2 text-sm text-fg hover:border-line-strong"
        />
      </Field>
      {active && (
        <Button variant="ghost" className="mt-5" onClick={onReset}>
          {m.reset}
        </Button>
      )}
    </div>
  );
}
