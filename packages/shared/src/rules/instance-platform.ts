import type { Instance } from '../types/instance.ts';

/**
 * Whether an instance runs Windows, from its OsName (DescribeInstances has no platform field): Windows takes no key
 * pairs, has its own password rules, and its licence can be part of a price. One reading for the emulator and the console.
 */
export function isWindowsInstance(instance: Pick<Instance, 'OsName'>): boolean {
  return instance.OsName.toLowerCase().includes('windows');
}
