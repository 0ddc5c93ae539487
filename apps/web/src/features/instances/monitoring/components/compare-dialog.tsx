import { useId, useMemo, useState } from 'react';
import { Button } from '../../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { LabelledSelect } from '../../../../components/ui/labelled-select.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useCvmMetrics, useSeries } from '../../../../cloud/monitor/monitor-reads.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { chartData } from '../chart-data.ts';
import { monitoringMessages } from '../messages.ts';
import { periodFor, spanOf, type TimeWindow } from '../ranges.ts';
import { MetricChart } from './metric-chart.tsx';
import { RangePicker } from './range-picker.tsx';

type CompareMetric = keyof (typeof monitoringMessages)['en']['compareMetrics'];

/**
 * The ticked instances' one metric on one chart, one line each (named by the instance), over a chosen range: one
 * GetMonitorData call for up to ten. Nothing changes, so there is nothing to confirm: Close.
 */
export function CompareDialog({ instances, scope, onClose }: ActionDialogProps) {
  const m = useLocalized(monitoringMessages);
  const titleId = useId();
  const [metric, setMetric] = useState<CompareMetric>('CPUUsage');
  const [timeWindow, setTimeWindow] = useState<TimeWindow>({ range: '1h' });
  const metrics = useCvmMetrics(scope);
  const info = metrics.data?.get(metric);
  const { rangeSeconds, end, reachBack } = spanOf(timeWindow, Math.floor(Date.now() / 1000));
  const period = info ? periodFor(rangeSeconds, info.Period, reachBack) : undefined;
  const ids = useMemo(() => instances.map((instance) => instance.InstanceId), [instances]);
  const series = useSeries(scope, period ? { metric, instanceIds: ids, period, rangeSeconds, end } : undefined);
  const lines = useMemo(() => instances.map((instance) => ({ label: instance.InstanceName || instance.InstanceId })), [instances]);
  const data = useMemo(() => (series.data ? chartData(series.data.start, series.data.end, series.data.period, series.data.series) : undefined), [series.data]);
  const failed = metrics.isError ? metrics : series.isError ? series : undefined;

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      <DialogHeader id={titleId} title={m.compareTitle(instances.length)} />
      <DialogBody>
        <div className="flex flex-wrap items-center gap-4">
          <LabelledSelect label={m.compareMetric} value={metric} onChange={(event) => setMetric(event.target.value as CompareMetric)}>
            {(Object.keys(m.compareMetrics) as CompareMetric[]).map((key) => (
              <option key={key} value={key}>
                {m.compareMetrics[key]}
              </option>
            ))}
          </LabelledSelect>
          <RangePicker value={timeWindow} onChange={setTimeWindow} />
        </div>
        {failed ? (
          <ErrorPanel error={failed.error} title={m.loadFailed} onRetry={() => void failed.refetch()} />
        ) : data && info ? (
          <MetricChart title={m.compareMetrics[metric]} unit={info.Unit} lines={lines} data={data} rangeSeconds={rangeSeconds} stale={series.isPlaceholderData} height={240} />
        ) : (
          <div className="flex h-60 items-center justify-center">
            <Spinner label={m.loading} className="text-fg-muted" />
          </div>
        )}
        {period && <p className="text-xs text-fg-subtle">{end === undefined ? m.period(m.periodWords(period)) : m.periodFixed(m.periodWords(period))}</p>}
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onClose}>
          {m.close}
        </Button>
      </DialogFooter>
    </ModalDialog>
  );
}
