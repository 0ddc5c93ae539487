import { HAI_BUNDLE_SPECS, HAI_BUNDLE_TYPES, type HaiBundleType } from '@cvm/shared';
import { cn } from '../../../components/ui/cn.ts';
import { useFormatCurrency } from '../../../i18n/format.ts';
import type { BundleQuotes } from '../api/bundle-quotes.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useLanguage } from '../../../i18n/use-t.ts';
import { haiMessages } from '../messages.ts';

/**
 * The compute bundles as radio buttons, each named and described by what it holds (GPUs and their memory, vCPUs,
 * memory) with its code, and with its price per instance and hour from the cloud's quote. A bundle the cloud will not
 * price because it is sold out is disabled, and says so.
 */
export function BundlePicker({ value, onChange, quotes }: { value: HaiBundleType | ''; onChange: (bundle: HaiBundleType) => void; quotes: BundleQuotes }) {
  const h = useLocalized(haiMessages);
  const money = useFormatCurrency();
  const { language } = useLanguage();
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-sm font-medium text-fg">{h.form.bundle}</legend>
      <p className="-mt-1 mb-1 text-xs text-fg-muted">{h.form.bundleHint}</p>
      <div className="grid gap-1.5 sm:grid-cols-2" aria-busy={quotes.stale || undefined}>
        {HAI_BUNDLE_TYPES.map((bundle) => {
          const quote = quotes.quotes[bundle];
          const soldOut = quote.status === 'soldOut';
          const spec = HAI_BUNDLE_SPECS[bundle];
          const localName = language === 'zh-CN' ? spec.nameZh : spec.nameEn;
          const detail = quote.status === 'priced' ? h.form.perHour(money(quote.perHour)) : soldOut ? h.form.soldOut : quote.status === 'failed' ? h.form.noPrice : h.form.quoting;
          return (
            <label
              key={bundle}
              title={soldOut ? h.form.soldOutReason : undefined}
              className={cn(
                'flex items-center gap-2.5 rounded-md border px-3 py-2 text-sm',
                value === bundle ? 'border-accent bg-surface-2' : 'border-line',
                soldOut ? 'cursor-not-allowed opacity-60' : 'cursor-pointer hover:border-line-strong',
              )}
            >
              <input
                type="radio"
                name="hai-bundle"
                value={bundle}
                checked={value === bundle}
                disabled={soldOut}
                onChange={() => onChange(bundle)}
                aria-label={`${localName} (${bundle})`}
                aria-describedby={`hai-bundle-${bundle}-spec hai-bundle-${bundle}`}
              />
              <span className="min-w-0">
                <span className="block font-medium text-fg">
                  {localName} <span className="font-mono text-xs text-fg-muted">{bundle}</span>
                </span>
                <span id={`hai-bundle-${bundle}-spec`} className="block text-xs text-fg-muted">
                  {h.bundleSpec(spec.gpuCount, String(spec.gpuMemory), String(spec.cpu), String(spec.memory))}
                </span>
              </span>
              <span
                id={`hai-bundle-${bundle}`}
                className={cn('ml-auto text-xs', soldOut ? 'font-medium text-amber-700 dark:text-amber-300' : 'text-fg-muted', quotes.stale && 'opacity-60')}
              >
                {detail}
                {soldOut && <span className="sr-only"> — {h.form.soldOutReason}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
