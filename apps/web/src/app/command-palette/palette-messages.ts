import type { Localized } from '../../i18n/localized.ts';

const en = {
  title: 'Go to or do anything',
  inputLabel: 'Command',
  placeholder: 'Instance name, ID or IP in any region; a page, region, account, language or theme',
  resultsLabel: 'Results',
  groups: { instances: 'Instances (all regions)', actions: 'Actions', pages: 'Pages', regions: 'Regions', accounts: 'Accounts', settings: 'Settings' },
  actionsFor: (name: string) => `Actions for ${name}…`,
  actionPlaceholder: (name: string) => `What to do with ${name}`,
  actionsHint: '↑ ↓ to move, Enter to open the confirmation, Esc to go back',
  noActions: 'Nothing you may do to this instance now matches.',
  region: (name: string) => `Region: ${name}`,
  account: (name: string) => `Account: ${name}`,
  language: (name: string) => `Language: ${name}`,
  searching: 'Searching every region…',
  noResults: 'Nothing matches.',
  hint: '↑ ↓ to move, Enter to go, Esc to close',
};

const zhCN: typeof en = {
  title: '跳转或执行',
  inputLabel: '命令',
  placeholder: '任意地域的实例名称、ID 或 IP；页面、地域、账号、语言或主题',
  resultsLabel: '结果',
  groups: { instances: '实例（全部地域）', actions: '操作', pages: '页面', regions: '地域', accounts: '账号', settings: '设置' },
  actionsFor: (name) => `${name} 的操作…`,
  actionPlaceholder: (name) => `对 ${name} 执行的操作`,
  actionsHint: '↑ ↓ 移动，Enter 打开确认，Esc 返回',
  noActions: '此实例当前没有可执行的匹配操作。',
  region: (name) => `地域：${name}`,
  account: (name) => `账号：${name}`,
  language: (name) => `语言：${name}`,
  searching: '正在搜索全部地域…',
  noResults: '没有匹配项。',
  hint: '↑ ↓ 移动，Enter 跳转，Esc 关闭',
};

export const paletteMessages: Localized<typeof en> = { en, 'zh-CN': zhCN };
