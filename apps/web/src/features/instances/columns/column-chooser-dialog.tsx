import { useId, useState } from 'react';
import { INSTANCE_COLUMN_IDS, type InstanceColumnId } from '@cvm/shared';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { ChevronDownIcon } from '../../../components/ui/icons.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { columnMessages } from './column-messages.ts';

interface Row {
  id: InstanceColumnId;
  shown: boolean;
}

/** The chosen columns in their order, then the others in the console's order. */
function rowsFor(chosen: readonly InstanceColumnId[]): Row[] {
  return [...chosen.map((id) => ({ id, shown: true })), ...INSTANCE_COLUMN_IDS.filter((id) => !chosen.includes(id)).map((id) => ({ id, shown: false }))];
}

interface ColumnChooserDialogProps {
  chosen: readonly InstanceColumnId[];
  /** Undefined: back to the console's default. Resolves once the server has kept it. */
  onSave: (columns: InstanceColumnId[] | undefined) => Promise<unknown>;
  onClose: () => void;
}

/** Show, hide and order the instance list's columns; saved for the person on the server. */
export function ColumnChooserDialog({ chosen, onSave, onClose }: ColumnChooserDialogProps) {
  const t = useT();
  const m = useLocalized(columnMessages);
  const titleId = useId();
  const [rows, setRows] = useState(() => rowsFor(chosen));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const shown = rows.filter((row) => row.shown).map((row) => row.id);
  const label = (id: InstanceColumnId) => t.instances.columns[id];

  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  // A column ticked joins the end of the shown ones (where the table adds it); one unticked heads the hidden ones.
  const toggle = (index: number) =>
    setRows((current) => {
      const row = current[index]!;
      const rest = current.filter((_, i) => i !== index);
      const shownCount = rest.filter((other) => other.shown).length;
      return [...rest.slice(0, shownCount), { ...row, shown: !row.shown }, ...rest.slice(shownCount)];
    });

  const save = async (columns: InstanceColumnId[] | undefined) => {
    setSaving(true);
    setError(undefined);
    try {
      await onSave(columns);
      onClose();
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <DialogHeader id={titleId} title={m.title} subtitle={m.subtitle} />
      <DialogBody>
        <ul aria-label={m.listLabel} className="divide-y divide-line rounded-md border border-line">
          {rows.map((row, index) => (
            <li key={row.id} className="flex items-center gap-2 px-3 py-1.5">
              <Checkbox id={`column-${row.id}`} checked={row.shown} onChange={() => toggle(index)} />
              <label htmlFor={`column-${row.id}`} className="min-w-0 flex-1 cursor-pointer">
                {label(row.id)}
              </label>
              <Button variant="ghost" iconOnly aria-label={m.moveUp(label(row.id))} disabled={index === 0} onClick={() => move(index, -1)}>
                <ChevronDownIcon className="rotate-180" />
              </Button>
              <Button variant="ghost" iconOnly aria-label={m.moveDown(label(row.id))} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                <ChevronDownIcon />
              </Button>
            </li>
          ))}
        </ul>
        {shown.length === 0 && (
          <p role="alert" className="text-red-700 dark:text-red-300">
            {m.noneChosen}
          </p>
        )}
        {error !== undefined && <ErrorPanel error={error} title={m.saveFailed} />}
      </DialogBody>
      <DialogFooter>
        <Button variant="ghost" className="mr-auto" disabled={saving} onClick={() => void save(undefined)}>
          {m.reset}
        </Button>
        <Button onClick={onClose}>{t.common.cancel}</Button>
        <Button variant="primary" disabled={saving || shown.length === 0} onClick={() => void save(shown)} data-autofocus>
          {saving ? t.common.saving : t.common.save}
        </Button>
      </DialogFooter>
    </ModalDialog>
  );
}
