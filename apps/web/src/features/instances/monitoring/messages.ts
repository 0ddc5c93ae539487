import type { Localized } from '../../../i18n/localized.ts';
import type { RangeKey } from './ranges.ts';

// The Monitoring tab's words; they load with the tab, the first time it opens.
const en = {
  intro: 'How this instance has been doing, from Tencent Cloud Observability. Gaps are times without data (the instance was not running).',
  rangeLabel: 'Time range',
  custom: 'Custom',
  from: 'From',
  to: 'To',
  customProblems: {
    order: 'The end must come after the start.',
    future: 'The end cannot be in the future.',
    tooOld: 'Data is kept at most 186 days: start later.',
  },
  ranges: { '1h': '1 hour', '6h': '6 hours', '24h': '24 hours', '7d': '7 days', '30d': '30 days' } satisfies Record<RangeKey, string>,
  period: (words: string) => `One point every ${words}; refreshed while open.`,
  periodFixed: (words: string) => `One point every ${words}.`,
  periodWords: (seconds: number) =>
    seconds < 60
      ? `${seconds} seconds`
      : seconds < 3600
        ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}`
        : seconds < 86_400
          ? `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`
          : 'day',
  charts: {
    cpu: 'CPU utilization',
    memory: 'Memory utilization',
    lan: 'Private bandwidth',
    wan: 'Public bandwidth',
    disk: 'Disk utilization',
    tcp: 'TCP connections',
  },
  lines: { value: 'Value', in: 'In', out: 'Out' },
  time: 'Time',
  summary: (line: string, latest: string, mean: string, max: string) => `${line}: latest ${latest}, mean ${mean}, highest ${max}.`,
  noData: (line: string) => `${line}: no data in this range.`,
  gap: (from: string, to: string) => `No data from ${from} to ${to}.`,
  loadFailed: 'Could not load the monitoring data',
  noMetric: 'The monitoring service does not offer this metric.',
  loading: 'Loading the monitoring data…',
  compareTitle: (count: number) => `Compare ${count} instance${count === 1 ? '' : 's'}`,
  compareMetric: 'Metric',
  compareMetrics: {
    CPUUsage: 'CPU utilization',
    MemUsage: 'Memory utilization',
    LanOuttraffic: 'Private outbound bandwidth',
    LanIntraffic: 'Private inbound bandwidth',
    WanOuttraffic: 'Public outbound bandwidth',
    WanIntraffic: 'Public inbound bandwidth',
    TcpCurrEstab: 'TCP connections',
  },
  close: 'Close',
};

const zhCN: typeof en = {
  intro: '来自腾讯云可观测平台的实例运行情况。空缺处为无数据的时段（实例未在运行）。',
  rangeLabel: '时间范围',
  custom: '自定义',
  from: '开始',
  to: '结束',
  customProblems: {
    order: '结束时间须晚于开始时间。',
    future: '结束时间不能晚于现在。',
    tooOld: '数据最多保留 186 天：请选择更晚的开始时间。',
  },
  ranges: { '1h': '1 小时', '6h': '6 小时', '24h': '24 小时', '7d': '7 天', '30d': '30 天' },
  period: (words) => `每${words}一个数据点；打开期间自动刷新。`,
  periodFixed: (words) => `每${words}一个数据点。`,
  periodWords: (seconds) => (seconds < 60 ? ` ${seconds} 秒` : seconds < 3600 ? ` ${seconds / 60} 分钟` : seconds < 86_400 ? ` ${seconds / 3600} 小时` : '天'),
  charts: {
    cpu: 'CPU 利用率',
    memory: '内存利用率',
    lan: '内网带宽',
    wan: '外网带宽',
    disk: '磁盘利用率',
    tcp: 'TCP 连接数',
  },
  lines: { value: '数值', in: '入', out: '出' },
  time: '时间',
  summary: (line, latest, mean, max) => `${line}：最新 ${latest}，平均 ${mean}，最高 ${max}。`,
  noData: (line) => `${line}：此时间范围内无数据。`,
  gap: (from, to) => `${from} 至 ${to} 无数据。`,
  loadFailed: '无法加载监控数据',
  noMetric: '监控服务未提供此指标。',
  loading: '正在加载监控数据…',
  compareTitle: (count) => `对比 ${count} 台实例`,
  compareMetric: '指标',
  compareMetrics: {
    CPUUsage: 'CPU 利用率',
    MemUsage: '内存利用率',
    LanOuttraffic: '内网出带宽',
    LanIntraffic: '内网入带宽',
    WanOuttraffic: '外网出带宽',
    WanIntraffic: '外网入带宽',
    TcpCurrEstab: 'TCP 连接数',
  },
  close: '关闭',
};

export const monitoringMessages: Localized<typeof en> = { en, 'zh-CN': zhCN };
