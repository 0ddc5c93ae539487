import { useMemo } from 'react';
import { useLanguage } from './use-t.ts';
import type { Language } from './languages.ts';

// Intl formatters are costly to build and a table formats every row: build each once per language.
const FORMATS = {
  dateTime: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  },
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type FormatName = keyof typeof FORMATS;
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, name: FormatName): Intl.DateTimeFormat {
  const key = `${language}:${name}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, FORMATS[name]);
    cache.set(key, format);
  }
  return format;
}

/** Formats an API timestamp (ISO 8601) in the reader's language and time zone; unparsable input is shown as is. */
export function formatTimestamp(value: string, language: Language, name: FormatName = 'dateTime'): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatter(language, name).format(date);
}

export type TimestampFormatter = (value: string, name?: FormatName) => string;

export function useFormatTimestamp(): TimestampFormatter {
  const { language } = useLanguage();
  return useMemo(() => (value: string, name?: FormatName) => formatTimestamp(value, language, name), [language]);
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

/** An amount of money in the reader's language (CN¥1,234.50 in English, ¥1,234.50 in Chinese); the cloud bills in CNY. */
export function formatCurrency(value: number, language: Language, currency = 'CNY'): string {
  const key = `${language}:${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency });
    currencyFormats.set(key, format);
  }
  return format.format(value);
}

export function useFormatCurrency(): (value: number) => string {
  const { language } = useLanguage();
  return useMemo(() => (value: number) => formatCurrency(value, language), [language]);
}
