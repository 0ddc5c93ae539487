import type { Language } from './languages.ts';
import { useLanguage } from './use-t.ts';

/**
 * A lazily loaded page's own dictionary, one per language. Typed `Localized<typeof en>`, so a key missing in zh-CN
 * fails typecheck exactly as in the main dictionary, while the strings travel with the page's code, not the first load.
 */
export type Localized<M> = Record<Language, M>;

export function useLocalized<M>(messages: Localized<M>): M {
  return messages[useLanguage().language];
}
