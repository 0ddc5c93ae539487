// Times as the cloud writes them (CreatedTime, ExpiredTime, AttachTime): ISO 8601 UTC to the second.

export function cloudTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The same moment `months` calendar months later, as subscriptions run. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}
