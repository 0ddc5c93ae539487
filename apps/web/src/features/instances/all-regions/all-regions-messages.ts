import { englishCount } from '../../../i18n/count.ts';
import type { Localized } from '../../../i18n/localized.ts';

const en = {
  heading: 'Across all regions',
  summary: (found: number, withMatches: number, regions: number) => `${found === 1 ? '1 instance' : `${englishCount(found)} instances`} in ${withMatches} of ${regions} regions`,
  searching: (n: number) => `Still searching ${n === 1 ? '1 region' : `${n} regions`}…`,
  regionCount: (n: number) => (n === 1 ? '1 instance' : `${englishCount(n)} instances`),
  showAll: (n: number, region: string) => `All ${englishCount(n)} in ${region}`,
  noMatches: 'No matches in',
  failed: (region: string) => `Could not search ${region}`,
  retry: 'Retry',
  regionTable: (region: string) => `Instances in ${region}`,
  loadingRegions: 'Loading the account’s regions…',
};

const zhCN: typeof en = {
  heading: '全部地域',
  summary: (found, withMatches, regions) => `在 ${regions} 个地域中的 ${withMatches} 个找到 ${found} 台实例`,
  searching: (n) => `仍在搜索 ${n} 个地域…`,
  regionCount: (n) => `${n} 台实例`,
  showAll: (n, region) => `查看 ${region} 的全部 ${n} 台`,
  noMatches: '无匹配的地域',
  failed: (region) => `无法搜索 ${region}`,
  retry: '重试',
  regionTable: (region) => `${region} 的实例`,
  loadingRegions: '正在加载账号的地域…',
};

export const allRegionsMessages: Localized<typeof en> = { en, 'zh-CN': zhCN };
