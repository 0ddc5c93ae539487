import { cvm, DATA_DISK_LIMITS, DATA_DISK_STEP, SYSTEM_DISK_LIMITS, type Instance } from '@cvm/shared';
import { useId, useState } from 'react';
import { callAction } from '../../../../api/call-action.ts';
import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { numberText, parseNumberText } from '../../../../lib/number-text.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { isCloudDisk } from '../../actions/resize-disks.action.ts';
import { useChangeFlow, type RunningChoice } from '../../api/change-flow.ts';
import { useChangeQuote } from '../../api/change-quote.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';
import { StopFirstProgress } from './flow-progress.tsx';
import { flowError } from './flow-error.ts';
import { modifyMessages, type ModifyMessages } from './messages.ts';
import { QuoteView, useChangeLines } from './quote-view.tsx';
import { RunningChoiceField } from './running-choice.tsx';

const SYSTEM = 'system';

interface DiskChoice {
  key: string;
  label: string;
  type: string;
  size: number;
  max: number;
  /** Data disks grow in 10 GB steps; the system disk by whole GB. */
  step: number;
  diskId: string;
}

function diskChoices(instance: Instance, m: ModifyMessages): DiskChoice[] {
  return [
    {
      key: SYSTEM,
      label: m.systemDisk,
      type: instance.SystemDisk.DiskType,
      size: instance.SystemDisk.DiskSize,
      max: SYSTEM_DISK_LIMITS.max,
      step: 1,
      diskId: instance.SystemDisk.DiskId,
    },
    ...instance.DataDisks.map((disk, index) => ({
      key: disk.DiskId,
      label: m.dataDisk(index + 1, disk.DiskId),
      type: disk.DiskType,
      size: disk.DiskSize,
      max: DATA_DISK_LIMITS[disk.DiskType]?.max ?? 32_000,
      step: DATA_DISK_STEP,
      diskId: disk.DiskId,
    })),
  ];
}

const canGrow = (disk: DiskChoice) => isCloudDisk(disk.type) && disk.size + disk.step <= disk.max;

/** The next size up: the next whole step above the current size. */
const nextSize = (disk: DiskChoice) => Math.min(disk.max, (Math.floor(disk.size / DATA_DISK_STEP) + 1) * DATA_DISK_STEP);

function sizeProblem(disk: DiskChoice, size: number, m: ModifyMessages): string | undefined {
  if (!Number.isInteger(size)) return m.sizeNotNumber;
  if (size <= disk.size) return m.sizeMustGrow(disk.size);
  if (size > disk.max) return m.sizeTooLarge(disk.max);
  if (size % disk.step !== 0) return m.sizeStep(disk.step);
  return undefined;
}

/**
 * Grow one disk (ResizeInstanceDisks): choose the system disk or a data disk (local disks cannot grow), a bigger size
 * in 10 GB steps, see the new price, and for a running instance choose to grow it online, stop it first, or force.
 */
export function ResizeDisksDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const instance = instances[0]!;
  const m = useLocalized(modifyMessages);
  const t = useT();
  const sizeId = useId();
  const disks = diskChoices(instance, m);
  const [key, setKey] = useState(() => (disks.find((disk) => disk.key !== SYSTEM && canGrow(disk)) ?? disks.find(canGrow) ?? disks[0]!).key);
  const disk = disks.find((d) => d.key === key)!;
  const [size, setSize] = useState(() => nextSize(disk));
  const [choice, setChoice] = useState<RunningChoice>('online');
  const [attempted, setAttempted] = useState(false);
  const flow = useChangeFlow(scope);
  const running = instance.InstanceState === 'RUNNING';
  const problem = sizeProblem(disk, size, m);
  const shownProblem = attempted || Number.isInteger(size) ? problem : undefined;
  const target = disk.key === SYSTEM ? { SystemDisk: { DiskSize: size } } : { DataDisks: [{ DiskId: disk.diskId, DiskSize: size }] };
  const quote = useChangeQuote(scope, cvm.InquiryPriceResizeInstanceDisks, problem ? undefined : { InstanceId: instance.InstanceId, ...target });
  const lines = useChangeLines(instance);
  const hint = m.sizeHint(disk.size, disk.max, disk.step);

  const choose = (next: string) => {
    const chosen = disks.find((d) => d.key === next)!;
    setKey(next);
    setSize(nextSize(chosen));
  };

  const confirm = () => {
    setAttempted(true);
    if (problem) return;
    void flow.run(
      {
        instance,
        operation: 'ResizeInstanceDisks',
        choice,
        send: ({ forceStop, online }) =>
          callAction(
            cvm.ResizeInstanceDisks,
            { InstanceId: instance.InstanceId, ...target, ...(forceStop ? { ForceStop: true } : {}), ...(online ? { ResizeOnline: true } : {}) },
            scope,
          ),
      },
      onSucceeded,
    );
  };

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.disksTitle(instanceLabel(instance))}
      onClose={onClose}
      pending={flow.pending}
      error={flowError(flow.error, m, t)}
      onConfirm={confirm}
      size="lg"
      progress={<StopFirstProgress flow={flow} running={running} choice={choice} changeText={m.stepGrow(disk.label, size)} />}
    >
      <ChoiceGroup
        legend={m.diskLegend}
        value={key}
        onChange={choose}
        choices={disks.map((d) => ({
          value: d.key,
          label: d.label,
          hint: m.diskHint(Object.hasOwn(t.diskTypes, d.type) ? t.diskTypes[d.type as keyof typeof t.diskTypes] : d.type, d.size),
          disabledReason: !isCloudDisk(d.type) ? m.localDisk : !canGrow(d) ? m.diskAtMax(d.max) : undefined,
        }))}
      />
      <FormField id={sizeId} label={m.newSize} hint={hint} error={shownProblem} className="w-64">
        <TextInput
          id={sizeId}
          type="number"
          inputMode="numeric"
          min={disk.size + 1}
          max={disk.max}
          step={DATA_DISK_STEP}
          value={numberText(size)}
          onChange={(event) => setSize(parseNumberText(event.target.value))}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={describedBy(sizeId, { hint, error: shownProblem })}
        />
      </FormField>
      <QuoteView quote={quote} lines={lines} idleText={m.enterSizeFirst} note={instance.InstanceChargeType === 'PREPAID' ? undefined : m.wholeInstanceNote} />
      {running ? <RunningChoiceField value={choice} onChange={setChoice} online disabled={flow.pending || flow.stoppedByUs} /> : <p className="text-fg-muted">{m.staysStopped}</p>}
      <p className="text-xs text-fg-muted">{m.growInside}</p>
    </ActionDialogFrame>
  );
}
