import { useEffect, useId, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useTheme } from '../../../../app/theme.ts';
import { formatTimestamp } from '../../../../i18n/format.ts';
import { useLanguage } from '../../../../i18n/use-t.ts';
import { useLocalized } from '../../../../i18n/localized.ts';
import type { ChartData } from '../chart-data.ts';
import { summarize } from '../chart-data.ts';
import { monitoringMessages } from '../messages.ts';
import { useValueFormat } from '../value-format.ts';

export interface ChartLine {
  label: string;
}

interface MetricChartProps {
  title: string;
  /** The metric's unit as the service names it ('%', 'Mbps', 'Count', 'MB'). */
  unit: string;
  lines: readonly ChartLine[];
  data: ChartData;
  /** Shorter ranges label the axis with times, longer ones with dates. */
  rangeSeconds: number;
  /** Greyed while a new range loads over the old one. */
  stale?: boolean;
  height?: number;
}

/** Line colours that keep 3:1 against both themes' surfaces. */
const LINE_COLORS = ['#2563eb', '#d9480f', '#0f9d58', '#9333ea', '#b45309', '#0e7490', '#be123c', '#4d7c0f', '#6d28d9', '#a16207'];

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * One metric over time, drawn by uPlot on a canvas: gaps stay gaps (null is not zero), the cursor's read-out gives the
 * time and each line's value with its unit, and the same words are beside it for those who do not see the canvas.
 */
export function MetricChart({ title, unit, lines, data, rangeSeconds, stale = false, height = 180 }: MetricChartProps) {
  const { language } = useLanguage();
  const m = useLocalized(monitoringMessages);
  const [theme] = useTheme();
  const format = useValueFormat(unit);
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const titleId = useId();
  const summaryId = useId();

  const axisTime = useMemo(
    () => new Intl.DateTimeFormat(language, rangeSeconds <= 86_400 ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : { month: '2-digit', day: '2-digit' }),
    [language, rangeSeconds],
  );

  // Made again when what it draws with changes (lines, theme, language); new data alone is set on the same chart.
  // biome-ignore lint/correctness/useExhaustiveDependencies: data is set by the effect below, not by making a new chart
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const fg = cssVar('--fg-muted') || '#555';
    const grid = cssVar('--line') || '#ddd';
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 200),
      height,
      legend: { live: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (_u, min, max) => [Math.min(0, min), unit === '%' ? Math.max(100, max) : Math.max(max * 1.1, 1)] } },
      axes: [
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, values: (_u, ticks) => ticks.map((t) => axisTime.format(t * 1000)) },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 56, values: (_u, ticks) => ticks.map((v) => format(v)) },
      ],
      series: [
        { label: m.time, value: (_u, t) => (t === null ? '—' : formatTimestamp(new Date(t * 1000).toISOString(), language)) },
        ...lines.map((line, i) => ({
          label: line.label,
          stroke: LINE_COLORS[i % LINE_COLORS.length],
          width: 1.5,
          spanGaps: false,
          points: { show: false },
          value: (_u: uPlot, v: number | null) => (v === null ? '—' : format(v)),
        })),
      ],
    };
    const chart = new uPlot(options, [data.x, ...data.ys] as uPlot.AlignedData, element);
    plot.current = chart;
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(element.clientWidth, 200), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [lines.map((line) => line.label).join('\u0000'), theme, language, unit, height, axisTime, format, m]);

  useEffect(() => {
    plot.current?.setData([data.x, ...data.ys] as uPlot.AlignedData);
  }, [data]);

  const when = (seconds: number) => formatTimestamp(new Date(seconds * 1000).toISOString(), language);
  const summaries = lines.map((line, i) => ({ line, summary: summarize(data.x, data.ys[i] ?? []) }));
  return (
    <figure aria-labelledby={titleId} aria-describedby={summaryId} className="space-y-2">
      <figcaption id={titleId} className="text-sm font-medium text-fg">
        {title}
      </figcaption>
      <div ref={box} className={stale ? 'opacity-50 transition-opacity' : 'transition-opacity'} />
      <ul id={summaryId} className="space-y-0.5 text-xs text-fg-muted">
        {summaries.map(({ line, summary }) => (
          <li key={line.label}>
            {summary.latest === undefined ? m.noData(line.label) : m.summary(line.label, format(summary.latest), format(summary.mean ?? 0), format(summary.max ?? 0))}
            {summary.gaps.map(([from, to]) => (
              <span key={from}> {m.gap(when(from), when(to))}</span>
            ))}
          </li>
        ))}
      </ul>
    </figure>
  );
}
