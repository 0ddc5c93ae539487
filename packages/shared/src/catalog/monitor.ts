import { defineAction } from './define.ts';

// Tencent Cloud Observability (monitor 2018-07-24; not in the seeds). Its pages: GetMonitorData
// cloud.tencent.com/document/api/248/31014, DescribeBaseMetrics 248/30351, the CVM metrics 248/6843. The request and
// answer fields are the official SDK's (tencentcloud-sdk-nodejs monitor_models.d.ts). Regional: the instances' region.
const service = 'monitor';
const version = '2018-07-24';
const limit = {
  perSecond: 20,
  source: 'not in the seeds; Tencent Cloud Observability FAQ cloud.tencent.com/document/product/248/54788 (2024-11): GetMonitorData 20/s by default',
};

/** The namespace of CVM's metrics. */
export const CVM_NAMESPACE = 'QCE/CVM';

/**
 * What one GetMonitorData call may ask, as the SDK documents it since 2026-03 (before: 10 instances and 1,440 points).
 * The console asks within the older, smaller figures, which both accept.
 */
export const MONITOR_MAX_INSTANCES = 50;
export const MONITOR_MAX_POINTS = 7200;

/**
 * Seconds each period's data is kept (cloud.tencent.com/document/product/248/32803: 10 s a day, 1 and 5 minutes 31
 * days, an hour 93, a day 186): the emulator refuses a start older than this, the console offers no such range.
 */
export const MONITOR_RETENTION_S: Readonly<Record<number, number>> = { 10: 86_400, 60: 31 * 86_400, 300: 31 * 86_400, 3600: 93 * 86_400, 86400: 186 * 86_400 };

export interface MonitorDimension {
  Name: string;
  Value: string;
}

/** One instance's series: Values line up with Timestamps (Unix seconds, aligned to the period); a missing time is a gap. */
export interface MonitorDataPoint {
  Dimensions: MonitorDimension[];
  Timestamps: number[];
  Values: number[];
  /** Only the statistics SpecifyStatistics asked for (avg 1, max 2, min 4); null otherwise. */
  AvgValues?: number[] | null;
  MaxValues?: number[] | null;
  MinValues?: number[] | null;
}

export interface MonitorData {
  Period: number;
  MetricName: string;
  DataPoints: MonitorDataPoint[];
  /** As the service writes them: Beijing time without a zone ("2026-12-07 09:00:00"). */
  StartTime: string;
  EndTime: string;
  Msg: string;
  RequestId: string;
}

export interface BaseMetric {
  Namespace: string;
  MetricName: string;
  Unit: string;
  UnitCname: string;
  Period: number[];
  Periods: { Period: string; StatType: string[] }[];
  Meaning: { En: string; Zh: string };
  Dimensions: { Dimensions: string[] }[];
  MetricCName: string | null;
  MetricEName: string | null;
}

export const GetMonitorData = defineAction<MonitorData>()({
  service,
  version,
  action: 'GetMonitorData',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: limit,
  params: (z) =>
    z.strictObject({
      Namespace: z.string().min(1).max(64),
      MetricName: z.string().min(1).max(64),
      // The documented cap (MONITOR_MAX_INSTANCES) is the service's rule and answered with its code; this one only keeps
      // a request's size sane.
      Instances: z
        .array(
          z.strictObject({
            Dimensions: z
              .array(z.strictObject({ Name: z.string().min(1).max(64), Value: z.string().min(1).max(128) }))
              .min(1)
              .max(10),
          }),
        )
        .min(1)
        .max(1000),
      Period: z.number().int().positive().optional(),
      StartTime: z.string().min(1).max(64).optional(),
      EndTime: z.string().min(1).max(64).optional(),
      SpecifyStatistics: z.number().int().min(1).max(7).optional(),
    }),
});

export const DescribeBaseMetrics = defineAction<{ MetricSet: BaseMetric[]; RequestId: string }>()({
  service,
  version,
  action: 'DescribeBaseMetrics',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: limit,
  params: (z) =>
    z.strictObject({
      Namespace: z.string().min(1).max(64),
      MetricName: z.string().min(1).max(64).optional(),
      Dimensions: z.array(z.string().min(1).max(64)).max(20).optional(),
    }),
});
