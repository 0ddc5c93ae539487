import { englishCount } from '../../../i18n/count.ts';
import type { Localized } from '../../../i18n/localized.ts';

const en = {
  title: 'Export instances',
  summary: (count: number, region: string, columns: number) =>
    `${count === 1 ? '1 instance' : `${englishCount(count)} instances`} of this view in ${region}, with region, ID, name and your ${columns} columns, as a CSV file (UTF-8).`,
  pace: (perSecond: number) => `Read 100 at a time, at most ${perSecond} calls a second, so the rest of the team stays within the account's limit.`,
  start: 'Export CSV',
  progressLabel: 'Export progress',
  progress: (done: number, total: number) => `${englishCount(done)} of ${englishCount(total)}`,
  finished: (rows: number, file: string) => `Exported ${rows === 1 ? '1 instance' : `${englishCount(rows)} instances`} to ${file}.`,
  downloadAgain: 'Download again',
  failed: 'The export stopped',
  headings: { region: 'Region', id: 'Instance ID', name: 'Name' },
};

const zhCN: typeof en = {
  title: '导出实例',
  summary: (count, region, columns) => `将 ${region} 中当前视图的 ${count} 台实例导出为 CSV 文件（UTF-8），包含地域、ID、名称及您选择的 ${columns} 列。`,
  pace: (perSecond) => `每次读取 100 台，每秒最多 ${perSecond} 次调用，为团队其他成员留出账号的调用额度。`,
  start: '导出 CSV',
  progressLabel: '导出进度',
  progress: (done, total) => `${done} / ${total}`,
  finished: (rows, file) => `已导出 ${rows} 台实例到 ${file}。`,
  downloadAgain: '再次下载',
  failed: '导出已中止',
  headings: { region: '地域', id: '实例 ID', name: '名称' },
};

export const exportMessages: Localized<typeof en> = { en, 'zh-CN': zhCN };
