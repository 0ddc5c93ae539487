import { formatCloudTime } from '@cvm/shared';
// Times as the cloud writes them (CreatedTime, ExpiredTime, AttachTime): ISO 8601 UTC to the second.

export function cloudTime(ms: number): string {
  // `2024-03-01T10:00:00.000Z` without its milliseconds.
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** The same moment `months` calendar months later, as subscriptions run. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/** `YYYY-MM-DD hh:mm:ss` in Beijing time (UTC+8), without a zone: how HAI and the monitor service write times. */
export const beijingTime = (ms: number): string => formatCloudTime(ms);
