import type { Localized } from '../../i18n/localized.ts';
import { englishCount } from '../../i18n/count.ts';
import type { StateColumn } from './fleet-summary.ts';

// The overview page's words; they load with the page.
const en = {
  title: 'Overview',
  subtitle: (account: string) => `Every region of ${account}, read from the cloud`,
  reading: (region: string, done: number, total: number) => `Reading ${region}: ${englishCount(done)} of ${englishCount(total)}`,
  readingRegions: 'Reading the regions…',
  regionFailed: (region: string) => `Could not read ${region}`,
  refresh: 'Read again',
  countsTitle: 'Instances by region and state',
  region: 'Region',
  allRegions: 'All regions',
  total: 'Total',
  columns: { RUNNING: 'Running', STOPPED: 'Stopped', SHUTDOWN: 'Isolated', LAUNCH_FAILED: 'Launch failed', CHANGING: 'Changing' } satisfies Record<StateColumn, string>,
  showInList: (count: number, what: string, region: string) => `${englishCount(count)} ${what} in ${region}: show in the list`,
  expiring7: 'Subscriptions ending within 7 days',
  expiring30: 'Subscriptions ending within 30 days',
  failed: 'Last operation failed',
  none: 'None.',
  more: (count: number) => `… and ${englishCount(count)} more`,
  expires: (when: string) => `ends ${when}`,
};

const zhCN: typeof en = {
  title: '概览',
  subtitle: (account) => `${account} 的全部地域，读自云端`,
  reading: (region, done, total) => `正在读取 ${region}：${done} / ${total}`,
  readingRegions: '正在读取地域…',
  regionFailed: (region) => `无法读取 ${region}`,
  refresh: '重新读取',
  countsTitle: '各地域各状态的实例数',
  region: '地域',
  allRegions: '全部地域',
  total: '合计',
  columns: { RUNNING: '运行中', STOPPED: '已关机', SHUTDOWN: '已隔离', LAUNCH_FAILED: '创建失败', CHANGING: '变更中' },
  showInList: (count, what, region) => `${region} ${what} ${count} 台：在列表中查看`,
  expiring7: '7 天内到期的包年包月实例',
  expiring30: '30 天内到期的包年包月实例',
  failed: '最近操作失败',
  none: '无。',
  more: (count) => `……另有 ${count} 台`,
  expires: (when) => `${when} 到期`,
};

export const overviewMessages: Localized<typeof en> = { en, 'zh-CN': zhCN };
