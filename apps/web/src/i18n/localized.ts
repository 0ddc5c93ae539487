import type { Messages } from './en.ts';
import { languageOfDictionary, type Language } from './languages.ts';
import { useLanguage } from './use-t.ts';

/**
 * A lazily loaded page's own dictionary, one per language. Typed `Localized<typeof en>`, so a key missing in zh-CN
 * fails typecheck exactly as in the main dictionary, while the strings travel with the page's code, not the first load.
 */
export type Localized<M> = Record<Language, M>;

export function useLocalized<M>(messages: Localized<M>): M {
  return messages[useLanguage().language];
}

/**
 * The words of a lazily loaded dictionary in the language of `t`, the main dictionary in use: for words that are
 * needed where only `t` is at hand (an action's label or refusal, written as `(t) => ...`).
 */
export function localizedFor<M>(messages: Localized<M>, t: Messages): M {
  return messages[languageOfDictionary(t)];
}
