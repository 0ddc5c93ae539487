import { createInstancesPath } from '../../../app/paths.ts';

/** The create wizard filled in from a launch template's version (its default when none is named), in this account and region. */
export function launchPath(id: string, version?: number): string {
  const path = createInstancesPath();
  const query = new URLSearchParams({ template: id, ...(version ? { version: String(version) } : {}) });
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}
