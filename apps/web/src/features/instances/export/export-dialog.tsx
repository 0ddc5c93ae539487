import { useEffect, useId, useRef, useState } from 'react';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import type { InstanceListQuery } from '../../../cloud/cvm/describe-instances.ts';
import { saveTextFile } from '../../../lib/save-file.ts';
import type { InstanceColumn } from '../columns/instance-columns.tsx';
import { collectInstances, EXPORT_CALLS_PER_SECOND, type ExportProgress } from '../../../cloud/cvm/collect-instances.ts';
import { exportMessages } from './export-messages.ts';
import { exportFileName, instancesCsv } from './instances-csv.ts';

type Step = { kind: 'ready' } | { kind: 'running'; progress: ExportProgress } | { kind: 'finished'; rows: number; file: string; csv: string } | { kind: 'failed'; error: unknown };

interface ExportDialogProps {
  scope: CloudScope;
  search: Pick<InstanceListQuery, 'filters' | 'anyOf'>;
  /** How many the list says there are (the count read may differ by the time the export ends). */
  count: number;
  columns: readonly InstanceColumn[];
  onClose: () => void;
}

/** Exports the list's whole filtered set as CSV: paged within the account's limits, with progress and Cancel. */
export function ExportDialog({ scope, search, count, columns, onClose }: ExportDialogProps) {
  const t = useT();
  const m = useLocalized(exportMessages);
  const titleId = useId();
  const [step, setStep] = useState<Step>({ kind: 'ready' });
  const running = useRef<AbortController | undefined>(undefined);
  // Closing the dialog (Cancel, Escape) stops the reading.
  useEffect(() => () => running.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setStep({ kind: 'running', progress: { done: 0, total: count } });
    try {
      const instances = await collectInstances(scope, search, { signal: controller.signal, onProgress: (progress) => setStep({ kind: 'running', progress }) });
      const csv = instancesCsv(
        instances.map((instance) => ({ region: scope.region, instance })),
        columns,
        t,
        m.headings,
      );
      const file = exportFileName(scope.region, new Date());
      saveTextFile(csv, file);
      setStep({ kind: 'finished', rows: instances.length, file, csv });
    } catch (error) {
      // A cancelled export is not a failure: the dialog is closing.
      if (!controller.signal.aborted) setStep({ kind: 'failed', error });
    } finally {
      running.current = undefined;
    }
  };

  const progress = step.kind === 'running' ? step.progress : undefined;
  return (
    <ModalDialog labelledBy={titleId} onClose={onClose}>
      <DialogHeader id={titleId} title={m.title} />
      <DialogBody>
        <p>{m.summary(count, scope.region, columns.length)}</p>
        <p className="text-fg-muted">{m.pace(EXPORT_CALLS_PER_SECOND)}</p>
        {progress && (
          <div className="space-y-1.5">
            <progress className="h-2 w-full accent-accent" aria-label={m.progressLabel} max={Math.max(progress.total, 1)} value={progress.done} />
            <p role="status" className="text-fg-muted tabular-nums">
              {m.progress(progress.done, progress.total)}
            </p>
          </div>
        )}
        {step.kind === 'finished' && <p role="status">{m.finished(step.rows, step.file)}</p>}
        {step.kind === 'failed' && <ErrorPanel error={step.error} title={m.failed} />}
      </DialogBody>
      <DialogFooter>
        {step.kind === 'finished' ? (
          <>
            <Button onClick={() => saveTextFile(step.csv, step.file)}>{m.downloadAgain}</Button>
            <Button variant="primary" onClick={onClose} data-autofocus>
              {t.common.close}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{t.common.cancel}</Button>
            <Button variant="primary" onClick={() => void start()} disabled={step.kind === 'running'} data-autofocus>
              {m.start}
            </Button>
          </>
        )}
      </DialogFooter>
    </ModalDialog>
  );
}
