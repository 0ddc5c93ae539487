import { cvm, type LaunchTemplateInfo } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLaunchTemplateChange } from '../../../cloud/cvm/launch-templates.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { launchTemplatesMessages } from '../messages.ts';

// Deleting a template, and the changes to one version: making it the default, deleting it. Each asks first, says what
// follows in words, and shows the cloud's refusal with its code (a version deleted meanwhile, the default).

export type VersionDialog = { kind: 'default' | 'delete'; template: LaunchTemplateInfo; version: number };

interface DoneProps {
  scope: CloudScope;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** DeleteLaunchTemplate: the template and every version of it. */
export function DeleteTemplateDialog({ scope, template, onClose, onDone }: DoneProps & { template: LaunchTemplateInfo }) {
  const m = useLocalized(launchTemplatesMessages);
  const remove = useLaunchTemplateChange(scope);
  const name = template.LaunchTemplateName;
  return (
    <ConfirmDialog
      title={m.deleteTitle(name)}
      confirmLabel={m.delete}
      danger
      pending={remove.isPending}
      error={remove.error}
      errorTitle={m.failed(name)}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(() => callAction(cvm.DeleteLaunchTemplate, { LaunchTemplateId: template.LaunchTemplateId }, scope), { onSuccess: () => onDone(m.deleted(name)) })
      }
    >
      <p>{m.deleteBody(template.LaunchTemplateVersionCount)}</p>
    </ConfirmDialog>
  );
}

/** ModifyLaunchTemplateDefaultVersion or DeleteLaunchTemplateVersions for one version that is not the default. */
export function VersionDialogs({ scope, dialog, onClose, onDone }: DoneProps & { dialog: VersionDialog }) {
  const m = useLocalized(launchTemplatesMessages);
  const change = useLaunchTemplateChange(scope);
  const { template, version, kind } = dialog;
  const name = template.LaunchTemplateName;
  const id = template.LaunchTemplateId;
  if (kind === 'default') {
    return (
      <ConfirmDialog
        title={m.makeDefaultTitle(name, version)}
        confirmLabel={m.makeDefault}
        pending={change.isPending}
        error={change.error}
        errorTitle={m.failed(name)}
        onClose={onClose}
        onConfirm={() =>
          change.mutate(() => callAction(cvm.ModifyLaunchTemplateDefaultVersion, { LaunchTemplateId: id, DefaultVersion: version }, scope), {
            onSuccess: () => onDone(m.madeDefault(name, version)),
          })
        }
      >
        <p>{m.makeDefaultBody}</p>
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog
      title={m.deleteVersionTitle(name, version)}
      confirmLabel={m.deleteVersion}
      danger
      pending={change.isPending}
      error={change.error}
      errorTitle={m.failed(name)}
      onClose={onClose}
      onConfirm={() =>
        change.mutate(() => callAction(cvm.DeleteLaunchTemplateVersions, { LaunchTemplateId: id, LaunchTemplateVersions: [version] }, scope), {
          onSuccess: () => onDone(m.versionDeleted(name, version)),
        })
      }
    >
      <p>{m.deleteVersionBody}</p>
    </ConfirmDialog>
  );
}
