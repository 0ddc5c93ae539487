/** Aliyun writes times in UTC to the minute (CreationTime "2014-08-14T10:58Z"); activities to the second. */
export function aliyunTime(ms: number, precision: 'minute' | 'second' = 'second'): string {
  const iso = new Date(ms).toISOString();
  return precision === 'minute' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}
