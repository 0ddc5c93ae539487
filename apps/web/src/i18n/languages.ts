import { en, type Messages } from './en.ts';
import { readStorage } from '../lib/local-storage.ts';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language is named in itself, so a reader can find theirs whatever language is showing. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-CN': '简体中文',
};

/**
 * The dictionaries loaded so far. English is the fallback and comes with the first screen; Chinese is loaded when it is
 * the reader's language (main.tsx starts that before the first render, beside the first reads) or when they switch to
 * it, so an English reader's first load does not carry it (about 3 kB gzip).
 */
const loaded: Partial<Record<Language, Messages>> = { en };

const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./zh-CN.ts').then((module) => module.zhCN),
};

/** The dictionary of `language` if it has been loaded. */
export function dictionaryIfLoaded(language: Language): Messages | undefined {
  return loaded[language];
}

/** Loads the dictionary of `language` (once). */
export async function loadDictionary(language: Language): Promise<Messages> {
  const dictionary = loaded[language] ?? (await LOADERS[language]());
  loaded[language] = dictionary;
  return dictionary;
}

/** Which language a loaded dictionary is, for words written as `(t) => ...` (localized.ts). */
export function languageOfDictionary(t: Messages): Language {
  return LANGUAGES.find((language) => loaded[language] === t) ?? 'en';
}

export const LANGUAGE_STORAGE_KEY = 'cvm-console.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else the browser's preference (any Chinese variant → zh-CN), else English. */
export function initialLanguage(): Language {
  const stored = readStorage(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
