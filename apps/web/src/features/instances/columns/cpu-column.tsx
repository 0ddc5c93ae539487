import { useContext, useEffect, useMemo } from 'react';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSeries } from '../../../cloud/monitor/monitor-reads.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useValueFormat } from '../monitoring/value-format.ts';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import { CpuSeriesContext, type CpuSeries } from './cpu-series-context.ts';

// The list's "CPU (1 h)" column: a sparkline of the last hour, by the minute, and the latest value, for the rows on
// the page. Asked only while the column is shown, for the whole page at once (ten instances a call: two calls for
// twenty rows, ten for a hundred), kept a minute; the rows never wait for it. This module loads with the column.

const REQUEST = { metric: 'CPUUsage', period: 60, rangeSeconds: 3600 } as const;

/** Reads the page's CPU and hands it to the list (which holds it for the cells); draws nothing. */
export function CpuSeriesFetcher({ scope, instances, onChange }: { scope: CloudScope | undefined; instances: readonly Instance[]; onChange: (series: CpuSeries) => void }) {
  const ids = useMemo(() => instances.map((instance) => instance.InstanceId), [instances]);
  const query = useSeries(scope, ids.length > 0 ? { ...REQUEST, instanceIds: ids } : undefined, { staleMs: 60_000 });
  const loading = query.isPending && query.fetchStatus === 'fetching';
  useEffect(() => onChange({ answer: query.data, loading }), [onChange, query.data, loading]);
  return null;
}

const WIDTH = 72;
const HEIGHT = 18;

/** The sparkline's path: one stroke per run of minutes with data, so a stop is a break, not a line to zero. */
export function sparklinePath(start: number, end: number, timestamps: readonly number[], values: readonly number[]): string {
  const span = Math.max(end - start, 1);
  const x = (t: number) => (((t - start) / span) * WIDTH).toFixed(1);
  const y = (v: number) => (HEIGHT - 1 - (Math.min(Math.max(v, 0), 100) / 100) * (HEIGHT - 2)).toFixed(1);
  let path = '';
  timestamps.forEach((t, i) => {
    const joined = i > 0 && t - timestamps[i - 1]! <= 60;
    path += `${joined ? 'L' : 'M'}${x(t)} ${y(values[i]!)}`;
  });
  return path;
}

export function CpuCell({ instance }: { instance: Instance }) {
  const t = useT();
  const percent = useValueFormat('%');
  const series = useContext(CpuSeriesContext);
  const line = series?.answer?.series.find((s) => s.instanceId === instance.InstanceId);
  if (!line) return series?.loading ? <Skeleton className="h-4 w-24" /> : <span className="text-fg-subtle">{t.common.emptyValue}</span>;
  const latest = line.values.at(-1);
  if (latest === undefined) return <span className="text-fg-subtle">{t.common.emptyValue}</span>;
  const highest = Math.max(...line.values);
  return (
    <span role="img" aria-label={t.instances.cpuSparkline(percent(latest), percent(highest))} className="inline-flex items-center gap-2 whitespace-nowrap">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" className="text-accent">
        <path d={sparklinePath(series!.answer!.start, series!.answer!.end, line.timestamps, line.values)} fill="none" stroke="currentColor" strokeWidth="1.25" />
      </svg>
      <span className="tabular-nums text-xs">{percent(latest)}</span>
    </span>
  );
}
