import type { CloudProvider } from '@cvm/shared';
import { readStorage, writeStorage } from '../lib/local-storage.ts';
import { PATHS } from './paths.ts';

// Which cloud a page acts in. A Tencent Cloud page (instances, the wizard, HAI, Batch) called with an Alibaba Cloud
// account would only be answered CloudMismatch, and the other way round, so the console pairs pages and accounts:
// the account switcher moves to the other cloud's pages, and a page never queries with the other cloud's account.

/** Pages about the console itself: no cloud account acts on them. */
const CONSOLE_PAGES: ReadonlySet<string> = new Set([PATHS.signIn, PATHS.setup, PATHS.invite, PATHS.profile, PATHS.users, PATHS.accounts, PATHS.audit]);

/** Pages that act in an Alibaba Cloud account; every other page of the console's (PATHS) acts in a Tencent Cloud one. */
const ALIYUN_PAGES: ReadonlySet<string> = new Set([PATHS.scalingGroups]);

const KNOWN_PAGES: ReadonlySet<string> = new Set(Object.values(PATHS));

/** The cloud whose account `pathname` acts in, or undefined for the console's own pages (and unknown ones). */
export function cloudOfPage(pathname: string): CloudProvider | undefined {
  if (ALIYUN_PAGES.has(pathname)) return 'aliyun';
  if (CONSOLE_PAGES.has(pathname) || !KNOWN_PAGES.has(pathname)) return undefined;
  return 'tencent';
}

/** Where choosing an account of a cloud leads from a page of the other cloud: that cloud's first page. */
export const CLOUD_HOME: Record<CloudProvider, string> = { tencent: PATHS.instances, aliyun: PATHS.scalingGroups };

/** That cloud's first page in one account (its default region, since the old region belongs to the other cloud). */
export function cloudHomeOf(account: { id: string; cloud: CloudProvider }): string {
  return `${CLOUD_HOME[account.cloud]}?account=${encodeURIComponent(account.id)}`;
}

const LAST_CLOUD_KEY = 'cvm-console.cloud';

/**
 * The cloud last worked in, so the console's own pages (people, audit...) keep offering that cloud's sections and
 * accounts; Tencent Cloud until an Alibaba Cloud account is chosen.
 */
export function lastCloud(): CloudProvider {
  return readStorage(LAST_CLOUD_KEY) === 'aliyun' ? 'aliyun' : 'tencent';
}

export function rememberCloud(cloud: CloudProvider): void {
  if (lastCloud() !== cloud) writeStorage(LAST_CLOUD_KEY, cloud);
}
