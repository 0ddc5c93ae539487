// HAI writes times as `YYYY-MM-DD hh:mm:ss` without a zone (CreateTime); the emulator writes Beijing time (UTC+8), as
// the cloud's Chinese consoles show them.

const BEIJING_OFFSET_MS = 8 * 3_600_000;

export function haiTime(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
