import { useId } from 'react';
import { CLOUD_DISK_TYPES, DATA_DISK_LIMITS, DATA_DISK_STEP, MAX_DATA_DISKS, SYSTEM_DISK_LIMITS } from '@cvm/shared';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { PlusIcon, TrashIcon } from '../../../components/ui/icons.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { numberText, parseNumberText } from '../../../lib/number-text.ts';
import { createMessages } from '../messages.ts';
import { problemFor, systemDiskMin } from '../state/validate.ts';
import { newId, type CloudDiskType, type DataDiskDraft } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';
import { Block, StepFrame } from './wizard-section.tsx';

/** Step 4: the system disk (at least what the image needs) and any data disks. */
export function StepStorage({ form, update, lists, problems, attempted }: StepProps) {
  const m = useLocalized(createMessages);
  const ids = { type: useId(), size: useId() };
  const min = systemDiskMin(lists.image);
  const sizeProblem = problemFor(problems, 'systemDiskSize', attempted)?.text(m);
  const sizeHint = m.systemDiskHint(min, SYSTEM_DISK_LIMITS.max);

  const changeDisk = (id: string, change: Partial<DataDiskDraft>) =>
    update((f) => ({ ...f, dataDisks: f.dataDisks.map((disk) => (disk.id === id ? { ...disk, ...change } : disk)) }));
  const addDisk = () => update((f) => ({ ...f, dataDisks: [...f.dataDisks, { id: newId(), type: 'CLOUD_PREMIUM', size: 100, deleteWithInstance: true }] }));
  const removeDisk = (id: string) => update((f) => ({ ...f, dataDisks: f.dataDisks.filter((disk) => disk.id !== id) }));

  return (
    <StepFrame title={m.steps.storage}>
      <Block title={m.systemDisk}>
        <div className="flex flex-wrap items-start gap-4">
          <FormField id={ids.type} label={m.systemDiskType} className="w-56">
            <DiskTypeSelect id={ids.type} value={form.systemDiskType} onChange={(systemDiskType) => update({ systemDiskType })} />
          </FormField>
          <FormField id={ids.size} label={m.systemDiskSize} hint={sizeHint} error={sizeProblem} className="w-56">
            <TextInput
              id={ids.size}
              type="number"
              inputMode="numeric"
              min={min}
              max={SYSTEM_DISK_LIMITS.max}
              step={1}
              value={numberText(form.systemDiskSize)}
              onChange={(event) => update({ systemDiskSize: parseNumberText(event.target.value) })}
              aria-invalid={sizeProblem ? true : undefined}
              aria-describedby={describedBy(ids.size, { hint: sizeHint, error: sizeProblem })}
            />
          </FormField>
        </div>
      </Block>
      <Block title={m.dataDisks} hint={m.dataDisksHint(MAX_DATA_DISKS, DATA_DISK_STEP)}>
        {form.dataDisks.length === 0 ? (
          <p className="text-sm text-fg-muted">{m.noDataDisks}</p>
        ) : (
          <ol className="space-y-3">
            {form.dataDisks.map((disk, index) => (
              <DataDiskRow
                key={disk.id}
                disk={disk}
                n={index + 1}
                error={problemFor(problems, `dataDisk:${disk.id}:size`, attempted)?.text(m)}
                onChange={(change) => changeDisk(disk.id, change)}
                onRemove={() => removeDisk(disk.id)}
              />
            ))}
          </ol>
        )}
        <Button onClick={addDisk} disabled={form.dataDisks.length >= MAX_DATA_DISKS}>
          <PlusIcon />
          {m.addDataDisk}
        </Button>
      </Block>
    </StepFrame>
  );
}

/** A disk too small for its new type (SSD starts at 100 GB) grows to the type's least size. */
/** The cloud disk types the wizard offers, by name in the person's language. */
function DiskTypeSelect({ id, value, onChange }: { id: string; value: CloudDiskType; onChange: (type: CloudDiskType) => void }) {
  const t = useT();
  return (
    <Select id={id} value={value} onChange={(event) => onChange(event.target.value as CloudDiskType)}>
      {CLOUD_DISK_TYPES.map((type) => (
        <option key={type} value={type}>
          {t.diskTypes[type]}
        </option>
      ))}
    </Select>
  );
}

function withDiskType(disk: DataDiskDraft, type: CloudDiskType): Partial<DataDiskDraft> {
  const min = DATA_DISK_LIMITS[type]?.min ?? 10;
  return { type, size: Number.isInteger(disk.size) && disk.size < min ? min : disk.size };
}

interface DataDiskRowProps {
  disk: DataDiskDraft;
  /** 1-based, for the labels ("Data disk 2 size (GB)"). */
  n: number;
  error: string | undefined;
  onChange: (change: Partial<DataDiskDraft>) => void;
  onRemove: () => void;
}

function DataDiskRow({ disk, n, error, onChange, onRemove }: DataDiskRowProps) {
  const m = useLocalized(createMessages);
  const ids = { type: useId(), size: useId(), keep: useId() };
  const limits = DATA_DISK_LIMITS[disk.type] ?? { min: 10, max: 32000 };
  const hint = m.dataDiskRange(limits.min, limits.max);
  return (
    <li className="flex flex-wrap items-start gap-4 rounded-md border border-line bg-surface-2/50 px-3 py-3" aria-label={m.dataDiskTitle(n)}>
      <FormField id={ids.type} label={m.dataDiskType(n)} className="w-56">
        <DiskTypeSelect id={ids.type} value={disk.type} onChange={(type) => onChange(withDiskType(disk, type))} />
      </FormField>
      <FormField id={ids.size} label={m.dataDiskSize(n)} hint={hint} error={error} className="w-48">
        <TextInput
          id={ids.size}
          type="number"
          inputMode="numeric"
          min={limits.min}
          max={limits.max}
          step={DATA_DISK_STEP}
          value={numberText(disk.size)}
          onChange={(event) => onChange({ size: parseNumberText(event.target.value) })}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids.size, { hint, error })}
        />
      </FormField>
      <div className="flex items-center gap-2 pt-7">
        <Checkbox id={ids.keep} checked={disk.deleteWithInstance} onChange={(event) => onChange({ deleteWithInstance: event.target.checked })} />
        <label htmlFor={ids.keep} className="text-sm text-fg">
          {m.dataDiskDelete(n)}
        </label>
      </div>
      <Button variant="ghost" className="mt-6 ml-auto" onClick={onRemove} aria-label={m.removeDataDisk(n)} title={m.removeDataDisk(n)}>
        <TrashIcon />
      </Button>
    </li>
  );
}
