// InstanceName and HostName numbering for multi-instance purchases (reference, RunInstances InstanceName/HostName):
// `{R:x}` becomes x, x+1, ... for the instances of one call (several patterns allowed); without a pattern and more than
// one instance, 1..n is appended. Shared so the wizard previews exactly the names the cloud will give.

export const INSTANCE_NAME_MAX_LENGTH = 128;
/** ModifyInstancesAttribute allows shorter names than RunInstances does. */
export const INSTANCE_RENAME_MAX_LENGTH = 60;
export const DEFAULT_INSTANCE_NAME = '未命名';

const PATTERN = /\{R:(\d+)\}/g;

export function hasNumberingPattern(name: string): boolean {
  return /\{R:\d+\}/.test(name);
}

/** The names `count` instances created with `name` receive, in order; no name gives every instance the default. */
export function expandNumberedNames(name: string, count: number): string[] {
  if (name === '') return Array.from({ length: count }, () => DEFAULT_INSTANCE_NAME);
  return Array.from({ length: count }, (_, index) => {
    if (hasNumberingPattern(name)) return name.replace(PATTERN, (_, start: string) => String(Number(start) + index));
    return count > 1 ? `${name}${index + 1}` : name;
  });
}

export type HostNameProblem = 'length' | 'characters' | 'dots' | 'all-digits' | 'edges';

/**
 * Checks one host name after numbering. Windows: 2–15 characters, letters, digits and `-`, not all digits. Others:
 * 2–60 characters, dot-separated segments of letters, digits and `-`. `.` and `-` are never first, last or doubled.
 */
export function hostNameProblem(hostName: string, windows: boolean): HostNameProblem | undefined {
  const [min, max] = windows ? [2, 15] : [2, 60];
  if (hostName.length < min || hostName.length > max) return 'length';
  if (windows ? !/^[A-Za-z0-9-]+$/.test(hostName) : !/^[A-Za-z0-9.-]+$/.test(hostName)) return 'characters';
  if (/^[.-]|[.-]$/.test(hostName)) return 'edges';
  if (/[.-]{2}/.test(hostName)) return 'dots';
  if (windows && /^\d+$/.test(hostName)) return 'all-digits';
  return undefined;
}
