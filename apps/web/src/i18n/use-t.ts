import { useContext } from 'react';
import { LanguageContext, type LanguageContextValue } from './language-context.ts';
import type { Messages } from './en.ts';

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage must be used inside <LanguageProvider>');
  return value;
}

/** The active dictionary: `const t = useT(); t.instances.title`. */
export function useT(): Messages {
  return useLanguage().t;
}
