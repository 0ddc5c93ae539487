import type { Shape } from './series.ts';

// QCE/CVM's metrics as the CVM metrics page (cloud.tencent.com/document/product/248/6843) lists them: unit, periods,
// the statistic each period reports (avg at 10 s and 60 s, max from 5 minutes up; outbound traffic is a sum), what it
// means; and how the emulator shapes its values from an instance's load (series.ts). One dimension: InstanceId.

export interface CvmMetric {
  name: string;
  unit: string;
  unitCname: string;
  periods: readonly number[];
  /** The statistic a period's Values are, by period. */
  statistic: (period: number) => 'avg' | 'max' | 'sum';
  meaning: { En: string; Zh: string };
  shape: Shape;
}

const ALL_PERIODS = [10, 60, 300, 3600, 86400] as const;
const avgThenMax = (period: number) => (period <= 60 ? 'avg' : 'max');
/** Packets a second from Mbps, at an average packet of 800 bytes. */
const packets = (mbps: number) => (mbps * 1_000_000) / 8 / 800;

const lanOut = (l: { activity: number; cores: number }) => l.activity * l.cores * 2;
const lanIn = (l: { activity: number; cores: number }) => l.activity * l.cores * 1.6;
const wanOut = (l: { activity: number; bandwidthOut: number }) => Math.min(l.bandwidthOut, l.activity * l.bandwidthOut * 0.9);
const wanIn = (l: { activity: number; bandwidthOut: number }) => (l.bandwidthOut > 0 ? l.activity * 2.5 : 0);

const metric = (name: string, unit: string, unitCname: string, en: string, zh: string, shape: Shape, more: Partial<CvmMetric> = {}): CvmMetric => ({
  name,
  unit,
  unitCname,
  periods: ALL_PERIODS,
  statistic: avgThenMax,
  meaning: { En: en, Zh: zh },
  shape,
  ...more,
});

export const CVM_METRICS: readonly CvmMetric[] = [
  metric('CPUUsage', '%', '%', 'CPU utilization', 'CPU 利用率', { value: (l) => l.cpu * 100, decimals: 2 }),
  metric('BaseCpuUsage', '%', '%', 'Basic CPU utilization', '基础 CPU 使用率', { value: (l) => l.cpu * 95, decimals: 2 }),
  metric('CpuLoadavg', '-', '-', 'Average CPU load over 1 minute', 'CPU 一分钟平均负载', { value: (l) => l.cpu * l.cores * 1.1, decimals: 2 }),
  metric('Cpuloadavg5m', '-', '-', 'Average CPU load over 5 minutes', 'CPU 五分钟平均负载', { value: (l) => l.cpu * l.cores, decimals: 2 }, { periods: [60, 300, 3600] }),
  metric(
    'Cpuloadavg15m',
    '-',
    '-',
    'Average CPU load over 15 minutes',
    'CPU 十五分钟平均负载',
    { value: (l) => l.cpu * l.cores * 0.95, decimals: 2 },
    { periods: [60, 300, 3600] },
  ),
  metric('MemUsed', 'MB', 'MB', 'Memory usage', '内存使用量', { value: (l) => l.memory * l.memoryGb * 1024, decimals: 0 }),
  metric('MemUsage', '%', '%', 'Memory utilization', '内存利用率', { value: (l) => l.memory * 100, decimals: 2 }),
  metric('CvmDiskUsage', '%', '%', 'Disk utilization (the fullest partition)', '磁盘利用率', { value: (l) => 12 + 70 * l.age + 3 * l.memory, decimals: 2 }, { periods: [60, 300] }),
  metric('LanOuttraffic', 'Mbps', 'Mbps', 'Private outbound bandwidth', '内网出带宽', { value: lanOut, decimals: 3 }),
  metric('LanIntraffic', 'Mbps', 'Mbps', 'Private inbound bandwidth', '内网入带宽', { value: lanIn, decimals: 3 }),
  metric('LanOutpkg', 'Count/s', '个/秒', 'Private outbound packets', '内网出包量', { value: (l) => packets(lanOut(l)), decimals: 0 }),
  metric('LanInpkg', 'Count/s', '个/秒', 'Private inbound packets', '内网入包量', { value: (l) => packets(lanIn(l)), decimals: 0 }),
  metric('WanOuttraffic', 'Mbps', 'Mbps', 'Public outbound bandwidth', '外网出带宽', { value: wanOut, decimals: 3 }),
  metric('WanIntraffic', 'Mbps', 'Mbps', 'Public inbound bandwidth', '外网入带宽', { value: wanIn, decimals: 3 }),
  metric('WanOutpkg', 'Count/s', '个/秒', 'Public outbound packets', '外网出包量', { value: (l) => packets(wanOut(l)), decimals: 0 }),
  metric('WanInpkg', 'Count/s', '个/秒', 'Public inbound packets', '外网入包量', { value: (l) => packets(wanIn(l)), decimals: 0 }),
  metric(
    'AccOuttraffic',
    'MB',
    'MB',
    'Public outbound traffic',
    '外网出流量',
    { value: (l) => (wanOut(l) * l.period) / 8, decimals: 3 },
    { periods: [60, 300, 3600, 86400], statistic: () => 'sum' },
  ),
  metric('TcpCurrEstab', 'Count', '个', 'TCP connections', 'TCP 连接数', { value: (l) => 12 + l.activity * 150 * Math.sqrt(l.cores), decimals: 0 }),
];

export const CVM_METRIC_BY_NAME = new Map(CVM_METRICS.map((m) => [m.name.toLowerCase(), m]));
