import { useId } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { PlusIcon, TrashIcon } from '../../../components/ui/icons.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { createMessages } from '../messages.ts';
import { problemFor } from '../state/validate.ts';
import { MAX_TAGS, newId, type TagDraft } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';
import { Block } from './wizard-section.tsx';

/** Tag rows (key and value); a row with neither is ignored, a value without a key is pointed out. */
export function TagsEditor({ form, update, problems, attempted }: StepProps) {
  const m = useLocalized(createMessages);
  const change = (id: string, patch: Partial<TagDraft>) => update((f) => ({ ...f, tags: f.tags.map((tag) => (tag.id === id ? { ...tag, ...patch } : tag)) }));
  const remove = (id: string) => update((f) => ({ ...f, tags: f.tags.filter((tag) => tag.id !== id) }));
  const add = () => update((f) => ({ ...f, tags: [...f.tags, { id: newId(), key: '', value: '' }] }));

  return (
    <Block title={m.tags} hint={m.tagsHint}>
      {form.tags.length === 0 ? (
        <p className="text-sm text-fg-muted">{m.noTags}</p>
      ) : (
        <ol className="space-y-2">
          {form.tags.map((tag, index) => (
            <TagRow
              key={tag.id}
              tag={tag}
              n={index + 1}
              error={problemFor(problems, `tag:${tag.id}:key`, attempted)?.text(m)}
              onChange={(patch) => change(tag.id, patch)}
              onRemove={() => remove(tag.id)}
            />
          ))}
        </ol>
      )}
      <Button onClick={add} disabled={form.tags.length >= MAX_TAGS}>
        <PlusIcon />
        {m.addTag}
      </Button>
    </Block>
  );
}

function TagRow({
  tag,
  n,
  error,
  onChange,
  onRemove,
}: {
  tag: TagDraft;
  n: number;
  error: string | undefined;
  onChange: (patch: Partial<TagDraft>) => void;
  onRemove: () => void;
}) {
  const m = useLocalized(createMessages);
  const ids = { key: useId(), value: useId() };
  return (
    <li className="flex flex-wrap items-start gap-3">
      <FormField id={ids.key} label={m.tagKey(n)} error={error} className="w-56">
        <TextInput
          id={ids.key}
          value={tag.key}
          onChange={(event) => onChange({ key: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids.key, { error })}
          autoComplete="off"
        />
      </FormField>
      <FormField id={ids.value} label={m.tagValue(n)} className="w-72">
        <TextInput id={ids.value} value={tag.value} onChange={(event) => onChange({ value: event.target.value })} autoComplete="off" />
      </FormField>
      <Button variant="ghost" className="mt-7" onClick={onRemove} aria-label={m.removeTag(n)} title={m.removeTag(n)}>
        <TrashIcon />
      </Button>
    </li>
  );
}
