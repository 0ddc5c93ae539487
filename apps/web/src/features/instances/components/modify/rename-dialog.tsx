import { useId, useState } from 'react';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { RENAME_MAX_LENGTH, renameProblem, useRenameInstance } from '../../api/rename-instance.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { modifyMessages } from './messages.ts';

/** Rename from the row menu: the same rule and call as renaming in place, in a dialog. */
export function RenameDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const id = useId();
  const [name, setName] = useState(instance.InstanceName);
  const [attempted, setAttempted] = useState(false);
  const rename = useRenameInstance(scope);
  const problem = renameProblem(name, m);
  const shownProblem = attempted || name.length > RENAME_MAX_LENGTH ? problem : undefined;
  const hint = m.nameHint(RENAME_MAX_LENGTH, name.length);

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.renameTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={rename.isPending}
      error={rename.error}
      onConfirm={() => {
        setAttempted(true);
        if (!problem) rename.mutate({ ids: [instance.InstanceId], name }, { onSuccess: onSucceeded });
      }}
    >
      <FormField id={id} label={m.newName} hint={hint} error={shownProblem}>
        <TextInput
          id={id}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={describedBy(id, { hint, error: shownProblem })}
          data-autofocus
        />
      </FormField>
    </ActionDialogFrame>
  );
}
