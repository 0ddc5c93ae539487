// The clouds write times two ways: ISO 8601 with a zone (CVM's CreatedTime `2026-12-07T01:59:26Z`, Alibaba Cloud's
// `2026-12-07T01:59Z`), and without one (HAI's CreateTime `2026-12-07 09:59:26`, the creation-time filters), which is
// Beijing time (UTC+8), as the cloud's own consoles show it. Read without a zone as the browser's local time, such a
// string is hours off everywhere but in China: it is read here, once, as what it is.

const ZONELESS = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** The instant a cloud's time string names, or undefined for anything else. */
export function parseCloudTime(value: string): Date | undefined {
  const trimmed = value.trim();
  const zoneless = ZONELESS.exec(trimmed);
  const text = zoneless ? `${zoneless[1]}T${zoneless[2]}+08:00` : WITH_ZONE.test(trimmed) ? trimmed : undefined;
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An instant written the zoneless way (`YYYY-MM-DD hh:mm:ss`, Beijing time): how parameters such as StartDate take it. */
export function formatCloudTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
