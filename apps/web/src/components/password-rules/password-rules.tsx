import { PASSWORD_RULES, PASSWORD_SYMBOLS, RESET_PASSWORD_RULES, RESET_PASSWORD_SYMBOLS, checkLoginPassword, checkResetPassword, type PasswordPlatform } from '@cvm/shared';
import { useLocalized } from '../../i18n/localized.ts';
import { cn } from '../ui/cn.ts';
import { CheckIcon, CloseIcon } from '../ui/icons.tsx';
import { passwordRuleMessages, type PasswordRuleMessages } from './messages.ts';

/**
 * Which of the cloud's password rules applies: LoginSettings' (buying, reinstalling) or ResetInstancesPassword's,
 * which is stricter (three classes, no leading "/", and on Windows not the user name).
 */
export type PasswordRuleSet = { kind: 'login'; platform: PasswordPlatform } | { kind: 'reset'; platform: PasswordPlatform; userName: string };

interface RuleItem {
  key: string;
  met: boolean;
  text: string;
  detail: string;
}

/** Whether the password passes the rule, by the same shared check the cloud (and the emulator) applies. */
export function passwordMeetsRules(password: string, rules: PasswordRuleSet): boolean {
  return rules.kind === 'login' ? checkLoginPassword(password, rules.platform).ok : checkResetPassword(password, rules.platform, rules.userName).ok;
}

function ruleItems(password: string, rules: PasswordRuleSet, m: PasswordRuleMessages): RuleItem[] {
  const reset = rules.kind === 'reset' ? checkResetPassword(password, rules.platform, rules.userName) : undefined;
  const check = reset ?? checkLoginPassword(password, rules.platform);
  const rule = (rules.kind === 'reset' ? RESET_PASSWORD_RULES : PASSWORD_RULES)[rules.platform];
  const present = (Object.keys(check.classes) as (keyof typeof check.classes)[]).filter((k) => check.classes[k]);
  const items: RuleItem[] = [
    { key: 'length', met: check.lengthOk, text: m.ruleLength(rule.min, rule.max), detail: password ? String([...password].length) : '' },
    { key: 'classes', met: check.classesOk, text: m.ruleClasses(rule.classes), detail: present.map((k) => m.classNames[k]).join(', ') },
    {
      key: 'characters',
      met: password !== '' && check.invalidCharacters.length === 0,
      text: m.ruleCharacters(rules.kind === 'reset' ? RESET_PASSWORD_SYMBOLS : PASSWORD_SYMBOLS),
      detail: check.invalidCharacters.length > 0 ? m.invalidCharacters(check.invalidCharacters.map((c) => (c === ' ' ? '␠' : c)).join(' ')) : '',
    },
  ];
  if (reset) {
    items.push({ key: 'slash', met: password !== '' && !reset.startsWithSlash, text: m.ruleNoSlash, detail: '' });
    if (rules.kind === 'reset' && rules.platform === 'windows' && rules.userName) {
      items.push({ key: 'user', met: password !== '' && !reset.containsUserName, text: m.ruleNoUserName(rules.userName), detail: '' });
    }
  }
  return items;
}

/**
 * A password's rules as a checklist that follows the typing: each line says met or not met, in words as well as by
 * its mark, with the same shared check the cloud (and the emulator) applies, so what passes here passes there.
 */
export function PasswordRules({ id, password, rules }: { id: string; password: string; rules: PasswordRuleSet }) {
  const m = useLocalized(passwordRuleMessages);
  return (
    <ul id={id} aria-label={m.passwordRulesLabel} className="space-y-1 text-xs">
      {ruleItems(password, rules, m).map((item) => (
        <li key={item.key} data-met={item.met} className={cn('flex items-start gap-1.5', item.met ? 'text-emerald-700 dark:text-emerald-300' : 'text-fg-muted')}>
          {item.met ? <CheckIcon className="mt-px size-3.5 shrink-0" /> : <CloseIcon className="mt-px size-3.5 shrink-0 opacity-70" />}
          <span>
            {item.text}
            <span className="sr-only">: {item.met ? m.ruleMet : m.ruleUnmet}</span>
            {item.detail && <span className="text-fg-subtle"> ({item.detail})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
