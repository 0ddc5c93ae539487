import { createContext } from 'react';
import type { Messages } from './en.ts';
import type { Language } from './languages.ts';

export interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Messages;
}

export const LanguageContext = createContext<LanguageContextValue | null>(null);
