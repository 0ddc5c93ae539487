import { monitor } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/call-action.ts';
import type { CloudScope } from '../../api/cloud-scope.ts';

// What the console reads from Tencent Cloud Observability (monitor 2018-07-24) about CVM: the metrics (once) and their
// series. Many instances are split into calls of the documented 50 (monitor-limits.ts; a team sharing one key shares
// the action's 20 calls a second, so fewer, fuller calls go further) — or of 10, the earlier limit, once the service
// refuses 50 with LimitExceeded.LimitedAccess — and a long range into windows of 1,440 points; the answers are put
// back together.

import { ConsoleError } from '../../api/console-error.ts';
import { CHART_MAX_POINTS, INSTANCES_PER_CALL, INSTANCES_PER_CALL_FALLBACK } from './monitor-limits.ts';

const monitorKeys = {
  metrics: (account: string | undefined) => ['monitor', account, 'metrics'] as const,
  series: (scope: CloudScope | undefined, request: SeriesRequest) => ['monitor', scope?.account, scope?.region, 'series', request] as const,
};

/** CVM's metrics with their units and periods; they change with the service, not the day: read once a session. */
export function useCvmMetrics(scope: CloudScope | undefined) {
  return useQuery(
    queryOptions({
      queryKey: monitorKeys.metrics(scope?.account),
      queryFn: scope ? ({ signal }) => callAction(monitor.DescribeBaseMetrics, { Namespace: monitor.CVM_NAMESPACE }, scope, signal) : skipToken,
      select: (data) => new Map(data.MetricSet.map((metric) => [metric.MetricName, metric])),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  );
}

export interface SeriesRequest {
  metric: string;
  instanceIds: readonly string[];
  period: number;
  /** Seconds back from the end. */
  rangeSeconds: number;
  /** A fixed end (Unix seconds); without it the end is now, read when the call goes out, so a refresh moves the window. */
  end?: number | undefined;
}

/** One instance's points: Unix seconds and values, in order; a missing period is a gap. */
export interface InstanceSeries {
  instanceId: string;
  timestamps: number[];
  values: number[];
}

export interface SeriesAnswer {
  /** Unix seconds the window was asked for. */
  start: number;
  end: number;
  period: number;
  series: InstanceSeries[];
}

/** [start, end] cut into windows of at most CHART_MAX_POINTS points of `period`. */
export function windowsOf(start: number, end: number, period: number): [number, number][] {
  const windows: [number, number][] = [];
  const span = (CHART_MAX_POINTS - 1) * period;
  for (let from = start; from <= end; from += span + period) windows.push([from, Math.min(end, from + span)]);
  return windows;
}

/** Groups of at most `size`, in order. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

const isoSeconds = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Instances a call asks for now: the documented figure, until the service refuses it once. */
let instancesPerCall = INSTANCES_PER_CALL;

const isInstanceLimit = (error: unknown) => error instanceof ConsoleError && error.code === 'LimitExceeded.LimitedAccess';

export async function readSeries(scope: CloudScope, request: SeriesRequest, signal?: AbortSignal): Promise<SeriesAnswer> {
  const end = Math.floor((request.end ?? Date.now() / 1000) / request.period) * request.period;
  const start = end - request.rangeSeconds;
  const byId = new Map<string, InstanceSeries>(request.instanceIds.map((id) => [id, { instanceId: id, timestamps: [], values: [] }]));
  const call = (ids: readonly string[], [from, to]: [number, number]) =>
    callAction(
      monitor.GetMonitorData,
      {
        Namespace: monitor.CVM_NAMESPACE,
        MetricName: request.metric,
        Period: request.period,
        Instances: ids.map((id) => ({ Dimensions: [{ Name: 'InstanceId', Value: id }] })),
        StartTime: isoSeconds(from),
        EndTime: isoSeconds(to),
      },
      scope,
      signal,
    );
  // A batch the service finds too big is asked again in batches of the earlier limit, and so is every later one.
  const read = async (ids: readonly string[], window: [number, number]) => {
    try {
      return [await call(ids, window)];
    } catch (error) {
      if (!isInstanceLimit(error) || ids.length <= INSTANCES_PER_CALL_FALLBACK) throw error;
      instancesPerCall = INSTANCES_PER_CALL_FALLBACK;
      return Promise.all(batchesOf(ids, INSTANCES_PER_CALL_FALLBACK).map((batch) => call(batch, window)));
    }
  };
  const windows = windowsOf(start, end, request.period);
  const answers = (await Promise.all(batchesOf(request.instanceIds, instancesPerCall).flatMap((ids) => windows.map((window) => read(ids, window))))).flat();
  // Windows were asked in order, so each instance's points are appended in order.
  for (const answer of answers) {
    for (const point of answer.DataPoints) {
      const id = point.Dimensions.find((d) => d.Name === 'InstanceId')?.Value;
      const series = id === undefined ? undefined : byId.get(id);
      if (!series) continue;
      series.timestamps.push(...point.Timestamps);
      series.values.push(...point.Values);
    }
  }
  return { start, end, period: request.period, series: [...byId.values()] };
}

/**
 * One metric's series for some instances, refreshed every period (at least every minute) while shown, unless its
 * window is fixed in the past. The previous window of the same lines stays on screen while the next one loads.
 */
export function useSeries(scope: CloudScope | undefined, request: SeriesRequest | undefined, { staleMs }: { staleMs?: number } = {}) {
  const every = Math.max(60, request?.period ?? 60) * 1000;
  return useQuery({
    queryKey: monitorKeys.series(scope, request ?? { metric: '', instanceIds: [], period: 0, rangeSeconds: 0 }),
    queryFn: scope && request && request.instanceIds.length > 0 ? ({ signal }) => readSeries(scope, request, signal) : skipToken,
    staleTime: staleMs ?? every,
    refetchInterval: request?.end === undefined ? every : false,
    // The last window stays (greyed) while another range of the same lines loads; never another instance's or metric's.
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[4] as SeriesRequest | undefined;
      return before && request && before.metric === request.metric && before.instanceIds.join() === request.instanceIds.join() ? previous : undefined;
    },
  });
}
