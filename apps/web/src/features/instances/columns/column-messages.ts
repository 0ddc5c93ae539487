import type { Localized } from '../../../i18n/localized.ts';

const en = {
  title: 'Columns',
  subtitle:
    'Choose the list’s columns and their order. They are kept for you on the server, so they follow you to any browser; exports use them too. ID / Name always comes first.',
  listLabel: 'Columns of the instance list',
  moveUp: (column: string) => `Move ${column} up`,
  moveDown: (column: string) => `Move ${column} down`,
  reset: 'Reset to default',
  noneChosen: 'Choose at least one column.',
  saveFailed: 'Could not save your columns',
};

const zhCN: typeof en = {
  title: '列设置',
  subtitle: '选择列表显示的列及其顺序。设置保存在服务器上，换浏览器也能沿用；导出同样使用这些列。ID / 名称始终在第一列。',
  listLabel: '实例列表的列',
  moveUp: (column) => `上移 ${column}`,
  moveDown: (column) => `下移 ${column}`,
  reset: '恢复默认',
  noneChosen: '请至少选择一列。',
  saveFailed: '无法保存列设置',
};

export const columnMessages: Localized<typeof en> = { en, 'zh-CN': zhCN };
