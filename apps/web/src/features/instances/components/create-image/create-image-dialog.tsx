import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { cvm, IMAGE_DESCRIPTION_MAX, imageNameProblem } from '@cvm/shared';
import { callAction } from '../../../../api/call-action.ts';
import { createKeys } from '../../../../cloud/cloud-read-keys.ts';
import { Checkbox } from '../../../../components/ui/checkbox.tsx';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useChangeFlow, type RunningChoice } from '../../api/change-flow.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { flowError } from '../modify/flow-error.ts';
import { StopFirstProgress } from '../modify/flow-progress.tsx';
import { modifyMessages } from '../modify/messages.ts';
import { createImageMessages } from './messages.ts';
import { TextField } from '../../../../components/ui/text-field.tsx';

const LOCAL_DISKS = new Set(['LOCAL_BASIC', 'LOCAL_SSD']);

/**
 * CreateImage of one instance: a name (the cloud's rule, checked as it is typed), a description, the data disks to take
 * along (cloud disks only). A running instance is shut down first by the console (the default, and the cloud's advice),
 * powered off by the cloud and started again (ForcePoweroff), or imaged as it runs. Once accepted the row shows the
 * instance busy until the image is made; the Images page follows the image from Creating to Normal.
 */
export function CreateImageDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(createImageMessages);
  const mm = useLocalized(modifyMessages);
  const t = useT();
  const ids = { name: useId(), description: useId() };
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [disks, setDisks] = useState<string[]>([]);
  const [choice, setChoice] = useState<RunningChoice>('stop-first');
  const [attempted, setAttempted] = useState(false);
  const flow = useChangeFlow(scope);
  const client = useQueryClient();
  const running = instance.InstanceState === 'RUNNING';
  const dataDisks = instance.DataDisks ?? [];

  const nameProblem = imageNameProblem(name);
  const nameError = attempted && nameProblem ? (nameProblem === 'empty' ? m.nameEmpty : m.nameTooLong) : undefined;
  const descriptionError = [...description].length > IMAGE_DESCRIPTION_MAX ? m.descriptionTooLong : undefined;
  const locked = flow.pending || flow.stoppedByUs;

  const confirm = () => {
    setAttempted(true);
    if (nameProblem || descriptionError) return;
    void flow.run(
      {
        instance,
        operation: 'CreateImage',
        choice,
        send: ({ forceStop }) =>
          callAction(
            cvm.CreateImage,
            {
              InstanceId: instance.InstanceId,
              ImageName: name.trim(),
              ...(description ? { ImageDescription: description } : {}),
              ...(disks.length ? { DataDiskIds: disks } : {}),
              ...(forceStop ? { ForcePoweroff: 'true' as const } : {}),
            },
            scope,
          ),
      },
      () => {
        // The region's image lists (the Images page, the wizard's, Reinstall's) now hold one more.
        void client.invalidateQueries({ queryKey: createKeys.scope(scope) });
        onSucceeded();
      },
    );
  };

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instanceLabel(instance))}
      onClose={onClose}
      pending={flow.pending}
      error={flowError(flow.error, mm, t)}
      onConfirm={confirm}
      size="lg"
      progress={<StopFirstProgress flow={flow} running={running} choice={choice} changeText={m.stepImage} />}
    >
      <p className="text-fg-muted">{m.intro}</p>
      <TextField id={ids.name} label={m.name} hint={m.nameHint} error={nameError} value={name} onChange={setName} spellCheck={false} data-autofocus />
      <TextField id={ids.description} label={m.description} hint={m.descriptionHint} error={descriptionError} value={description} onChange={setDescription} />
      {dataDisks.length === 0 ? (
        <p className="text-fg-muted">{m.noDataDisks}</p>
      ) : (
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-fg">{m.dataDisks}</legend>
          <p className="mb-2 text-xs text-fg-muted">{m.dataDisksHint}</p>
          <div className="space-y-1.5">
            {dataDisks.map((disk) => {
              const local = LOCAL_DISKS.has(disk.DiskType);
              return (
                <label key={disk.DiskId} className="flex items-center gap-2 text-sm" title={local ? m.localDisk : undefined}>
                  <Checkbox
                    checked={disks.includes(disk.DiskId)}
                    disabled={local}
                    onChange={(event) => setDisks((current) => (event.target.checked ? [...current, disk.DiskId] : current.filter((id) => id !== disk.DiskId)))}
                  />
                  <span className="font-mono text-xs">{m.dataDisk(disk.DiskId, disk.DiskSize, disk.DiskType)}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
      {running ? (
        <ChoiceGroup<RunningChoice>
          legend={m.runningLegend}
          value={choice}
          onChange={setChoice}
          choices={[
            { value: 'stop-first', label: m.stopFirst, hint: m.stopFirstHint, disabledReason: locked ? m.choiceLocked : undefined },
            { value: 'force', label: m.force, hint: m.forceHint, disabledReason: locked ? m.choiceLocked : undefined },
            { value: 'online', label: m.online, hint: m.onlineHint, disabledReason: locked ? m.choiceLocked : undefined },
          ]}
        />
      ) : (
        <p className="text-fg-muted">{m.staysStopped}</p>
      )}
    </ActionDialogFrame>
  );
}
