import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LanguageContext } from './language-context.ts';
import { DICTIONARIES, LANGUAGE_STORAGE_KEY, initialLanguage, type Language } from './languages.ts';
import { writeStorage } from '../lib/local-storage.ts';

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const t = DICTIONARIES[language];

  // <html lang> drives screen-reader pronunciation and CJK font selection; the title shows in tabs.
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.app.documentTitle;
  }, [language, t]);

  const setLanguage = useCallback((next: Language) => {
    writeStorage(LANGUAGE_STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
