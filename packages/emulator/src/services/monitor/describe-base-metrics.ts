import { monitor } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { CVM_METRICS } from './cvm-metrics.ts';

// DescribeBaseMetrics for QCE/CVM: every metric with its unit, periods and each period's statistic, meaning and
// dimensions; one metric when MetricName names it. The only code the service lists for it is UnsupportedOperation,
// answered for a namespace this emulator does not have.

const { CVM_NAMESPACE } = monitor;

export const describeBaseMetrics = handler(monitor.DescribeBaseMetrics, (_ctx, params) => {
  if (params.Namespace !== CVM_NAMESPACE) {
    throw new CloudError('UnsupportedOperation', `Namespace \`${params.Namespace}\` is not one this emulator has; it has ${CVM_NAMESPACE}.`);
  }
  const wanted = params.MetricName?.toLowerCase();
  const dimensions = params.Dimensions;
  const MetricSet: monitor.BaseMetric[] = CVM_METRICS.filter((metric) => wanted === undefined || metric.name.toLowerCase() === wanted)
    .filter(() => dimensions === undefined || dimensions.every((name) => name === 'InstanceId'))
    .map((metric) => ({
      Namespace: CVM_NAMESPACE,
      MetricName: metric.name,
      Unit: metric.unit,
      UnitCname: metric.unitCname,
      Period: [...metric.periods],
      Periods: metric.periods.map((period) => ({ Period: String(period), StatType: [metric.statistic(period)] })),
      Meaning: metric.meaning,
      Dimensions: [{ Dimensions: ['InstanceId'] }],
      MetricCName: metric.meaning.Zh,
      MetricEName: metric.meaning.En,
    }));
  return { MetricSet };
});
