import { useMemo } from 'react';
import { formatCurrency } from '../../i18n/format.ts';
import type { Language } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/use-t.ts';

const unitFormats = new Map<Language, Intl.NumberFormat>();

/**
 * Totals in the reader's currency format with cents (CN¥1,234.50 / ¥1,234.50); unit prices (per hour, per GB) keep
 * up to four decimals, since a small type's hourly price in cents alone would hide real differences.
 */
export function useFormatPrice() {
  const { language } = useLanguage();
  return useMemo(() => {
    let unit = unitFormats.get(language);
    if (!unit) {
      unit = new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 4 });
      unitFormats.set(language, unit);
    }
    const unitFormat = unit;
    return {
      total: (value: number) => formatCurrency(value, language),
      unit: (value: number) => unitFormat.format(value),
    };
  }, [language]);
}
