import { useMemo } from 'react';
import { parseCloudTime } from '@cvm/shared';
import { useLanguage } from './use-t.ts';
import type { Language } from './languages.ts';

// One way to write time: in the reader's language and time zone, the zone named, 24-hour; the exact instant (ISO 8601,
// UTC) on hover (components/ui/timestamp.tsx). Intl formatters are costly to build and a table formats every row:
// build each once per language.
const FORMATS = {
  dateTime: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  },
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

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

/**
 * Builds the list's formatters ahead of need: the first Intl formatter with a time zone name loads the browser's
 * zone data (about 20 ms here), which would otherwise land on the first render of the rows.
 */
export function warmTimestampFormats(language: Language): void {
  formatter(language, 'date');
  formatter(language, 'time');
}

/**
 * Formats a cloud's or the console's time (ISO 8601, or a zone-less Beijing time as HAI writes it: @cvm/shared
 * parseCloudTime) in the reader's language and time zone; unparsable input is shown as is.
 */
export function formatTimestamp(value: string, language: Language, name: FormatName = 'dateTime'): string {
  const date = parseCloudTime(value);
  return date ? formatter(language, name).format(date) : value;
}

/** The exact instant, for a tooltip and a <time> element: ISO 8601 in UTC, or undefined when unparsable. */
export function isoInstant(value: string): string | undefined {
  return parseCloudTime(value)?.toISOString();
}

export type FormatName = keyof typeof FORMATS;
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
