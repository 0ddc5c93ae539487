import { useMemo, useState } from 'react';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useCvmMetrics, useSeries } from '../../../../cloud/monitor/monitor-reads.ts';
import { chartData } from '../chart-data.ts';
import { monitoringMessages } from '../messages.ts';
import { periodFor, spanOf, type TimeWindow } from '../ranges.ts';
import { MetricChart } from './metric-chart.tsx';
import { RangePicker } from './range-picker.tsx';

type ChartKey = keyof (typeof monitoringMessages)['en']['charts'];
type LineKey = keyof (typeof monitoringMessages)['en']['lines'];

/** The tab's charts: what the Tencent console's monitoring tab shows first, each one metric or an in/out pair. */
const CHARTS: readonly { key: ChartKey; metrics: readonly { name: string; line: LineKey }[] }[] = [
  { key: 'cpu', metrics: [{ name: 'CPUUsage', line: 'value' }] },
  { key: 'memory', metrics: [{ name: 'MemUsage', line: 'value' }] },
  {
    key: 'lan',
    metrics: [
      { name: 'LanIntraffic', line: 'in' },
      { name: 'LanOuttraffic', line: 'out' },
    ],
  },
  {
    key: 'wan',
    metrics: [
      { name: 'WanIntraffic', line: 'in' },
      { name: 'WanOuttraffic', line: 'out' },
    ],
  },
  { key: 'disk', metrics: [{ name: 'CvmDiskUsage', line: 'value' }] },
  { key: 'tcp', metrics: [{ name: 'TcpCurrEstab', line: 'value' }] },
];

/**
 * The detail's Monitoring tab: the instance's CPU, memory, bandwidth, disk and connections over a chosen range, each at
 * the finest period that fits the range, refreshed while open. Loaded (with the chart library) the first time it opens.
 */
export default function MonitoringPanel({ scope, instance }: { scope: CloudScope; instance: Instance }) {
  const m = useLocalized(monitoringMessages);
  const [timeWindow, setTimeWindow] = useState<TimeWindow>({ range: '1h' });
  const metrics = useCvmMetrics(scope);

  if (metrics.isError) return <ErrorPanel error={metrics.error} title={m.loadFailed} onRetry={() => void metrics.refetch()} />;
  if (!metrics.data) return <Spinner label={m.loading} className="text-fg-muted" />;
  return (
    <div className="space-y-5">
      <p className="text-sm text-fg-muted">{m.intro}</p>
      <RangePicker value={timeWindow} onChange={setTimeWindow} />
      {CHARTS.map((chart) => (
        <InstanceChart key={chart.key} scope={scope} instanceId={instance.InstanceId} chart={chart} timeWindow={timeWindow} metrics={metrics.data} />
      ))}
    </div>
  );
}

interface InstanceChartProps {
  scope: CloudScope;
  instanceId: string;
  chart: (typeof CHARTS)[number];
  timeWindow: TimeWindow;
  metrics: ReadonlyMap<string, { Unit: string; Period: number[] }>;
}

function InstanceChart({ scope, instanceId, chart, timeWindow, metrics }: InstanceChartProps) {
  const m = useLocalized(monitoringMessages);
  const first = metrics.get(chart.metrics[0]!.name);
  const { rangeSeconds, end, reachBack } = spanOf(timeWindow, Math.floor(Date.now() / 1000));
  const period = first ? periodFor(rangeSeconds, first.Period, reachBack) : undefined;
  const request = (name: string) => (period ? { metric: name, instanceIds: [instanceId], period, rangeSeconds, end } : undefined);
  // At most two lines a chart (in and out): two reads, each in its own query.
  const a = useSeries(scope, request(chart.metrics[0]!.name));
  const b = useSeries(scope, chart.metrics[1] ? request(chart.metrics[1].name) : undefined);
  const reads = chart.metrics[1] ? [a, b] : [a];
  const lines = useMemo(() => chart.metrics.map((metric) => ({ label: m.lines[metric.line] })), [chart, m]);
  const answers = reads.map((read) => read.data);
  const data = useMemo(() => {
    const [firstAnswer] = answers;
    if (!firstAnswer || answers.some((answer) => !answer)) return undefined;
    return chartData(
      firstAnswer.start,
      firstAnswer.end,
      firstAnswer.period,
      answers.map((answer) => answer!.series[0]!),
    );
    // biome-ignore lint/correctness/useExhaustiveDependencies: the answers' identities are what changes
  }, answers);

  if (!first || !period) return <p className="text-sm text-fg-muted">{m.noMetric}</p>;
  const failed = reads.find((read) => read.isError);
  if (failed && !data) return <ErrorPanel error={failed.error} title={m.loadFailed} onRetry={() => void failed.refetch()} />;
  return (
    <section className="space-y-1">
      {data ? (
        <MetricChart title={m.charts[chart.key]} unit={first.Unit} lines={lines} data={data} rangeSeconds={rangeSeconds} stale={reads.some((read) => read.isPlaceholderData)} />
      ) : (
        <div className="flex h-48 items-center justify-center">
          <Spinner label={m.loading} className="text-fg-muted" />
        </div>
      )}
      <p className="text-xs text-fg-subtle">{end === undefined ? m.period(m.periodWords(period)) : m.periodFixed(m.periodWords(period))}</p>
    </section>
  );
}
