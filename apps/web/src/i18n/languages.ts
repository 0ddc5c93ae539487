import { en, type Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { readStorage } from '../lib/local-storage.ts';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language is named in itself, so a reader can find theirs whatever language is showing. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-CN': '简体中文',
};

export const DICTIONARIES: Record<Language, Messages> = { en, 'zh-CN': zhCN };

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
