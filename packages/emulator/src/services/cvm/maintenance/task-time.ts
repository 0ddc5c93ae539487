import { parseCloudTime } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { beijingTime } from '../../../state/cloud-time.ts';

// Times as the repair task actions write and read them: `YYYY-MM-DD hh:mm:ss`, Beijing time (the reference's
// examples, 34318 StartDate, 34684 OrderAuthTime; the zoneless form the cloud means as UTC+8).

const FORMAT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** Midnight of the Beijing day `ms` falls in: where DescribeTaskInfo's default window starts. */
export function startOfBeijingDay(ms: number): number {
  return Date.parse(`${beijingTime(ms).slice(0, 10)}T00:00:00+08:00`);
}

/** A time parameter in emulator ms; `code` for anything else, a day or hour that does not exist included. */
export function parseTaskTime(value: string, parameter: string, code: string): number {
  const ms = FORMAT.test(value) ? parseCloudTime(value)?.getTime() : undefined;
  // Written back the same way, a real time reads the same: 2024-02-30 does not (Date rolls it over to March).
  if (ms === undefined || beijingTime(ms) !== value) throw new CloudError(code, `\`${parameter}\` \`${value}\` is not a time: use YYYY-MM-DD hh:mm:ss (Beijing time).`);
  return ms;
}
