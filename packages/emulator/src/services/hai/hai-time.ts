// HAI writes times as `YYYY-MM-DD hh:mm:ss` without a zone (CreateTime); the emulator writes Beijing time (UTC+8), as
// the cloud's Chinese consoles show them.
export { beijingTime as haiTime } from '../../state/cloud-time.ts';
