import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LanguageContext } from './language-context.ts';
import { en } from './en.ts';
import { LANGUAGE_STORAGE_KEY, dictionaryIfLoaded, initialLanguage, loadDictionary, type Language } from './languages.ts';
import { writeStorage } from '../lib/local-storage.ts';

/**
 * The reader's language and its dictionary. A language whose dictionary is not loaded yet (a switch to Chinese, or a
 * first render that did not wait for it) shows in English until it arrives, then switches; main.tsx loads the stored
 * language before the first render, so a Chinese reader normally never sees English.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = initialLanguage();
    return dictionaryIfLoaded(initial) ? initial : 'en';
  });
  const t = dictionaryIfLoaded(language) ?? en;

  // The stored language, when the first render did not wait for its dictionary.
  useEffect(() => {
    const initial = initialLanguage();
    // Not loaded yet means the first state fell back to English: switch once it arrives. Later changes go through setLanguage.
    if (!dictionaryIfLoaded(initial)) void loadDictionary(initial).then(() => setLanguageState(initial));
  }, []);

  // <html lang> drives screen-reader pronunciation and CJK font selection; the title shows in tabs.
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.app.documentTitle;
  }, [language, t]);

  const setLanguage = useCallback((next: Language) => {
    writeStorage(LANGUAGE_STORAGE_KEY, next);
    if (dictionaryIfLoaded(next)) setLanguageState(next);
    else void loadDictionary(next).then(() => setLanguageState(next));
  }, []);

  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
