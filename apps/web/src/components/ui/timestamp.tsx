import { isoInstant, useFormatTimestamp, type FormatName } from '../../i18n/format.ts';

/** A time as the console writes every time (i18n/format.ts), with the exact instant in UTC on hover. */
export function Timestamp({ value, format, className }: { value: string; format?: FormatName; className?: string }) {
  const formatTimestamp = useFormatTimestamp();
  const iso = isoInstant(value);
  return (
    <time dateTime={iso} title={iso} className={className}>
      {formatTimestamp(value, format)}
    </time>
  );
}
