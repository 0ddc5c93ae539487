import { cvm } from '@cvm/shared';
import { useId, useState, type FormEvent } from 'react';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { templateNameProblem, useLaunchTemplateChange, versionDescriptionProblem } from '../../../cloud/cvm/launch-templates.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { toTemplateData } from '../state/to-template-params.ts';
import type { LaunchTemplateRef, WizardForm } from '../state/wizard-form.ts';
import { launchTemplateWords } from './launch-template-words.ts';
import { TextField } from '../../../components/ui/text-field.tsx';

type Target = 'template' | 'version';

export interface SaveTemplateDialogProps {
  scope: CloudScope;
  form: WizardForm;
  onClose: () => void;
  /** The template version now holding the choices: the wizard buys from it from then on. */
  onSaved: (saved: LaunchTemplateRef, message: string) => void;
}

/**
 * The wizard's choices as a launch template (CreateLaunchTemplate, version 1) or, when the wizard came from one, as
 * that template's next version (CreateLaunchTemplateVersion). Names and descriptions are checked by the cloud's rule as
 * they are typed; the cloud's own refusals (a purchase it would refuse, its quota) are shown with their code.
 */
export default function SaveTemplateDialog({ scope, form, onClose, onSaved }: SaveTemplateDialogProps) {
  const m = useLocalized(launchTemplateWords);
  const titleId = useId();
  const nameId = useId();
  const descriptionId = useId();
  const from = form.launchTemplate;
  const [target, setTarget] = useState<Target>(from ? 'version' : 'template');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [attempted, setAttempted] = useState(false);
  const data = toTemplateData(form);
  const save = useLaunchTemplateChange<LaunchTemplateRef>(scope);

  const nameProblem = target === 'template' && templateNameProblem(name) ? m.nameProblem : undefined;
  const descriptionProblem = versionDescriptionProblem(description) ? m.descriptionProblem : undefined;
  const shownName = attempted ? nameProblem : undefined;
  const shownDescription = attempted ? descriptionProblem : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!data || nameProblem || descriptionProblem || save.isPending) return;
    const note = description.trim() ? { LaunchTemplateVersionDescription: description.trim() } : {};
    save.mutate(
      async () => {
        if (target === 'version' && from) {
          const answer = await callAction(cvm.CreateLaunchTemplateVersion, { ...data, ...note, LaunchTemplateId: from.id }, scope);
          return { id: from.id, version: answer.LaunchTemplateVersionNumber, name: from.name };
        }
        const answer = await callAction(cvm.CreateLaunchTemplate, { ...data, ...note, LaunchTemplateName: name.trim() }, scope);
        return { id: answer.LaunchTemplateId, version: 1, name: name.trim() };
      },
      { onSuccess: (saved) => onSaved(saved, target === 'version' ? m.savedVersion(saved.name, saved.version) : m.savedTemplate(saved.name, saved.id)) },
    );
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate className="flex min-h-0 flex-1 flex-col">
        <DialogHeader id={titleId} title={m.dialogTitle} />
        <DialogBody>
          <p className="text-fg-muted">{m.dialogIntro}</p>
          {!data && <FormAlert>{m.incomplete}</FormAlert>}
          {from && (
            <ChoiceGroup<Target>
              legend={m.saveAs}
              value={target}
              onChange={setTarget}
              choices={[
                { value: 'version', label: m.newVersion(from.name), hint: m.fromTemplate(from.name, from.version) },
                { value: 'template', label: m.newTemplate, hint: m.nameHint },
              ]}
            />
          )}
          {target === 'template' && <TextField id={nameId} label={m.name} hint={m.nameHint} error={shownName} value={name} onChange={setName} data-autofocus />}
          <TextField id={descriptionId} label={m.description} hint={m.descriptionHint} error={shownDescription} value={description} onChange={setDescription} />
          {save.error !== null && save.error !== undefined && <ErrorPanel error={save.error} title={m.failed} />}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{m.cancel}</Button>
          <Button type="submit" variant="primary" disabled={!data || save.isPending}>
            {save.isPending && <Spinner />}
            {m.save}
          </Button>
        </DialogFooter>
      </form>
    </ModalDialog>
  );
}
