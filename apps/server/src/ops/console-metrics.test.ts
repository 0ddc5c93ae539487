import { describe, expect, it } from 'vitest';
import { parsePrometheusText, sampleValue } from '../../../../test/support/prometheus-text.ts';
import { ConsoleMetrics } from './console-metrics.ts';

// The registry's text, read by the tests' strict reader of the exposition format; and that reader refusing what is
// not the format, so a test that passes it means something.

describe('ConsoleMetrics', () => {
  it('writes its families in the exposition format, each series with its own labels', async () => {
    const metrics = new ConsoleMetrics({ version: '9.9.9', mode: 'cloud' }, { countActive: async () => 3 });
    metrics.cloudCall('tencent', 'cvm', 'StopInstances', '', 0.12);
    metrics.cloudCall('tencent', 'cvm', 'StopInstances', 'InvalidInstanceId.NotFound', 0.03);
    metrics.cloudCall('aliyun', 'ess', 'DescribeScalingGroups', 'Throttling.User', 0.5);
    metrics.rateLimitWait('cvm', 'StopInstances', 0.2);
    metrics.rateLimitBusy('cvm', 'StopInstances');
    metrics.auditWriteFailed('write');
    const families = parsePrometheusText(await metrics.registry.metrics());
    expect(sampleValue(families, 'console_cloud_calls_total', { cloud: 'tencent', action: 'StopInstances', code: 'OK' })).toBe(1);
    expect(sampleValue(families, 'console_cloud_calls_total', { cloud: 'tencent', action: 'StopInstances', code: 'InvalidInstanceId.NotFound' })).toBe(1);
    expect(sampleValue(families, 'console_cloud_calls_total', { cloud: 'aliyun', code: 'Throttling.User' })).toBe(1);
    expect(sampleValue(families, 'console_cloud_call_duration_seconds', { cloud: 'tencent', action: 'StopInstances' })).toBe(2);
    expect(sampleValue(families, 'console_rate_limit_wait_seconds', { action: 'StopInstances' })).toBe(1);
    expect(sampleValue(families, 'console_rate_limit_busy_total', { action: 'StopInstances' })).toBe(1);
    expect(sampleValue(families, 'console_audit_write_failures_total', { stage: 'write' })).toBe(1);
    expect(sampleValue(families, 'console_active_sessions', {})).toBe(3);
    expect(sampleValue(families, 'console_info', { version: '9.9.9', mode: 'cloud' })).toBe(1);
  });
});

describe('parsePrometheusText', () => {
  it.each([
    ['a sample with no TYPE', 'x_total 1'],
    ['a bad value', '# TYPE x counter\nx 1,5'],
    ['an unquoted label', '# TYPE x counter\nx{a=b} 1'],
    ['a bucket without le', '# TYPE h histogram\nh_bucket{a="b"} 1'],
    ['an unknown type', '# TYPE x meter\nx 1'],
    ['a space in a name', '# TYPE x counter\nx y 1'],
  ])('refuses %s', (_what, text) => {
    expect(() => parsePrometheusText(text)).toThrow();
  });

  it('reads escapes, special values and timestamps', () => {
    const families = parsePrometheusText('# HELP g a "gauge"\n# TYPE g gauge\ng{path="C:\\\\dir",q="say \\"hi\\""} +Inf 1700000000000\n');
    expect(families.get('g')?.samples).toEqual([{ name: 'g', labels: { path: 'C:\\dir', q: 'say "hi"' }, value: Infinity }]);
  });
});
