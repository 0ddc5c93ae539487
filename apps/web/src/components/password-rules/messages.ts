import type { Localized } from '../../i18n/localized.ts';

// The password rules' words; they load with the forms that show the rules (the create wizard, the reset and reinstall
// dialogs), not with the instance list.
const en = {
  passwordRulesLabel: 'Password rules',
  ruleLength: (min: number, max: number) => `${min} to ${max} characters`,
  ruleClasses: (n: number) => `At least ${n} of: lower case, upper case, digits, symbols`,
  ruleCharacters: (symbols: string) => `Only letters, digits and these symbols: ${symbols}`,
  ruleNoSlash: 'Does not start with /',
  ruleNoUserName: (userName: string) => `Does not contain the user name (${userName})`,
  classNames: { lower: 'lower case', upper: 'upper case', digit: 'digits', symbol: 'symbols' },
  ruleMet: 'met',
  ruleUnmet: 'not met',
  invalidCharacters: (chars: string) => `Not allowed: ${chars}`,
};

export type PasswordRuleMessages = typeof en;

const zhCN: PasswordRuleMessages = {
  passwordRulesLabel: '密码规则',
  ruleLength: (min, max) => `${min} 到 ${max} 个字符`,
  ruleClasses: (n) => `至少包含以下 ${n} 类：小写字母、大写字母、数字、符号`,
  ruleCharacters: (symbols) => `只能使用字母、数字和这些符号：${symbols}`,
  ruleNoSlash: '不以 / 开头',
  ruleNoUserName: (userName) => `不包含用户名（${userName}）`,
  classNames: { lower: '小写字母', upper: '大写字母', digit: '数字', symbol: '符号' },
  ruleMet: '已满足',
  ruleUnmet: '未满足',
  invalidCharacters: (chars) => `不允许：${chars}`,
};

export const passwordRuleMessages: Localized<PasswordRuleMessages> = { en, 'zh-CN': zhCN };
