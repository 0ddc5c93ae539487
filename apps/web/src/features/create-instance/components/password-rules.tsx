import { PASSWORD_RULES, PASSWORD_SYMBOLS, checkLoginPassword, type PasswordPlatform } from '@cvm/shared';
import { cn } from '../../../components/ui/cn.ts';
import { CheckIcon, CloseIcon } from '../../../components/ui/icons.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { createMessages } from '../messages.ts';

/**
 * The login password's rules as a checklist that follows the typing: each line says met or not met, in words as well
 * as by its mark, with the same shared check the cloud (and the emulator) applies, so what passes here passes there.
 */
export function PasswordRules({ id, password, platform }: { id: string; password: string; platform: PasswordPlatform }) {
  const m = useLocalized(createMessages);
  const rule = PASSWORD_RULES[platform];
  const check = checkLoginPassword(password, platform);
  const present = (Object.keys(check.classes) as (keyof typeof check.classes)[]).filter((k) => check.classes[k]);
  const items = [
    { key: 'length', met: check.lengthOk, text: m.ruleLength(rule.min, rule.max), detail: password ? String([...password].length) : '' },
    {
      key: 'classes',
      met: check.classesOk,
      text: m.ruleClasses(rule.classes),
      detail: present.map((k) => m.classNames[k]).join(', '),
    },
    {
      key: 'characters',
      met: password !== '' && check.invalidCharacters.length === 0,
      text: m.ruleCharacters(PASSWORD_SYMBOLS),
      detail: check.invalidCharacters.length > 0 ? m.invalidCharacters(check.invalidCharacters.map((c) => (c === ' ' ? '␠' : c)).join(' ')) : '',
    },
  ];
  return (
    <ul id={id} aria-label={m.passwordRulesLabel} className="space-y-1 text-xs">
      {items.map((item) => (
        <li
          key={item.key}
          data-met={item.met}
          className={cn('flex items-start gap-1.5', item.met ? 'text-emerald-700 dark:text-emerald-300' : 'text-fg-muted')}
        >
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
