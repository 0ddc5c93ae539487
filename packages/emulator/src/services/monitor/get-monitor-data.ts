import { monitor, parseCloudTime } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { beijingTime } from '../../state/cloud-time.ts';
import { historyOf } from '../../state/instance-history.ts';
import { handler } from '../action-handler.ts';
import { CVM_METRIC_BY_NAME, type CvmMetric } from './cvm-metrics.ts';
import { seriesOf } from './series.ts';

// GetMonitorData for QCE/CVM: one metric, up to 50 instances (by their InstanceId dimension), one period, a range.
// Refusals, with the codes the service lists for this action (its Go SDK's client.go): more instances than allowed is
// LimitExceeded.LimitedAccess ("查询实例数受到限制"); everything else about the request's values — an unknown metric, a
// period the metric lacks, more points than one call returns, an end before the start, a start older than the
// period's data is kept — is InvalidParameterValue naming what is wrong. An instance the region does not have answers
// with no points (the service's way for a dimension that matches nothing), not an error for the whole batch.

const DEFAULT_PERIOD = 300;
const { CVM_NAMESPACE, MONITOR_MAX_INSTANCES, MONITOR_MAX_POINTS, MONITOR_RETENTION_S } = monitor;

function timeParam(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const date = parseCloudTime(value);
  if (!date) throw new CloudError('InvalidParameterValue', `${name} \`${value}\` is not a time (2026-12-07T09:00:00+08:00 or 2026-12-07 09:00:00).`);
  return Math.floor(date.getTime() / 1000);
}

function metricNamed(namespace: string, name: string): CvmMetric {
  if (namespace !== CVM_NAMESPACE) {
    throw new CloudError('InvalidParameterValue', `Namespace \`${namespace}\` is not one this emulator has; it has ${CVM_NAMESPACE}.`);
  }
  const metric = CVM_METRIC_BY_NAME.get(name.toLowerCase());
  if (!metric) throw new CloudError('InvalidParameterValue', `${CVM_NAMESPACE} has no metric \`${name}\`; DescribeBaseMetrics lists them.`);
  return metric;
}

/** Max and min beside a period's mean: a spread that shrinks with shorter periods and stays within a percentage's 100. */
const spread = (value: number, period: number, up: boolean, unit: string) => {
  const factor = 1 + (up ? 1 : -1) * Math.min(0.35, 0.04 * Math.log10(period));
  const moved = value * factor;
  return Math.round((unit === '%' ? Math.min(100, moved) : moved) * 1000) / 1000;
};

export const getMonitorData = handler(monitor.GetMonitorData, (ctx, params) => {
  const metric = metricNamed(params.Namespace, params.MetricName);
  if (params.Instances.length > MONITOR_MAX_INSTANCES) {
    throw new CloudError('LimitExceeded.LimitedAccess', `One request may ask for at most ${MONITOR_MAX_INSTANCES} instances; this one asked for ${params.Instances.length}.`);
  }
  const period = params.Period ?? DEFAULT_PERIOD;
  if (!metric.periods.includes(period)) {
    throw new CloudError('InvalidParameterValue', `${metric.name} has no period of ${period} s; its periods are ${metric.periods.join(', ')}.`);
  }
  const now = Math.floor(ctx.world.clock.now() / 1000);
  const end = timeParam(params.EndTime, 'EndTime') ?? now;
  const start = timeParam(params.StartTime, 'StartTime') ?? end - 3600;
  if (end < start) throw new CloudError('InvalidParameterValue', 'EndTime must not be earlier than StartTime.');
  const points = Math.floor(end / period) - Math.ceil(start / period) + 1;
  if (points > MONITOR_MAX_POINTS) {
    throw new CloudError(
      'InvalidParameterValue',
      `The range holds ${points} points of ${period} s; one request returns at most ${MONITOR_MAX_POINTS}. Ask for a longer period or a shorter range.`,
    );
  }
  const kept = MONITOR_RETENTION_S[period] ?? 0;
  if (start < now - kept) {
    throw new CloudError('InvalidParameterValue', `Data of ${period} s is kept ${kept / 86_400} day(s); StartTime is older than that.`);
  }

  const statistics = params.SpecifyStatistics ?? 0;
  // Changes due by now have landed (a stop is in the history before its gap is drawn); reading changes nothing.
  ctx.world.changes.settle();
  const DataPoints: monitor.MonitorDataPoint[] = params.Instances.map(({ Dimensions }) => {
    const id = Dimensions.find((d) => d.Name === 'InstanceId')?.Value;
    const record = id === undefined ? undefined : ctx.region.instances.peek(id);
    if (!record) return { Dimensions, Timestamps: [], Values: [] };
    const { timestamps, values } = seriesOf(
      record.instance.InstanceId,
      historyOf(record, ctx.world.seededAt),
      metric.shape,
      period,
      start,
      Math.min(end, now),
      record.instance.InternetAccessible.InternetMaxBandwidthOut ?? 0,
    );
    const statistic = metric.statistic(period);
    const max = values.map((v) => spread(v, period, true, metric.unit));
    const min = values.map((v) => spread(v, period, false, metric.unit));
    return {
      Dimensions,
      Timestamps: timestamps,
      Values: statistic === 'max' ? max : values,
      AvgValues: statistics & 1 ? values : null,
      MaxValues: statistics & 2 ? max : null,
      MinValues: statistics & 4 ? min : null,
    };
  });
  return {
    Period: period,
    MetricName: params.MetricName,
    DataPoints,
    StartTime: beijingTime(start * 1000),
    EndTime: beijingTime(end * 1000),
    Msg: '',
  };
});
