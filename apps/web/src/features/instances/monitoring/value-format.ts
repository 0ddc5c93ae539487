import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/use-t.ts';
import type { Language } from '../../../i18n/languages.ts';

// A metric's value in the reader's language with its unit: 23.45%, 12.3 Mbps, 2,048 MB, 1,234 connections (个 in
// Chinese). Small numbers keep two decimals, large ones none.

const COUNT_WORD: Record<Language, string> = { en: '', 'zh-CN': ' 个' };

export function formatValue(value: number, unit: string, language: Language, numbers: Intl.NumberFormat, whole: Intl.NumberFormat): string {
  const text = Math.abs(value) >= 100 ? whole.format(value) : numbers.format(value);
  if (unit === '%') return `${text}%`;
  if (unit === 'Count' || unit === 'Count/s') return `${text}${COUNT_WORD[language]}${unit === 'Count/s' ? '/s' : ''}`;
  if (unit === '-' || unit === '') return text;
  return `${text} ${unit}`;
}

export function useValueFormat(unit: string): (value: number) => string {
  const { language } = useLanguage();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    return (value: number) => formatValue(value, unit, language, numbers, whole);
  }, [language, unit]);
}
