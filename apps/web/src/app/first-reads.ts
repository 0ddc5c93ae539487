import type { QueryClient } from '@tanstack/react-query';
import { FIRST_READS_PATH, type FirstReads } from '@cvm/shared';
import { accountKeys } from '../api/list-accounts.ts';
import { fetchMeta, metaQueryOptions } from '../api/meta.ts';
import { preferenceKeys } from '../api/preferences.ts';
import { fetchSession, sessionQueryOptions } from '../api/session.ts';
import { receiveSession } from '../api/session-link.ts';
import { instanceListQueryOptions } from '../cloud/cvm/describe-instances.ts';
import { warmTimestampFormats } from '../i18n/format.ts';
import { initialLanguage } from '../i18n/languages.ts';
import { listQueryOf, parseInstanceListParams } from '../features/instances/hooks/use-instance-list-params.ts';
import { PATHS } from './paths.ts';
import { pickAccount } from './use-cloud-scope.ts';

/**
 * The one read of GET /api/console/first-reads (meta, session, accounts, preferences), which index.html preloads while
 * the scripts load: a plain fetch of the same URL with the same credentials, so the browser hands over the preloaded
 * answer instead of asking again. Undefined when it failed; each query then asks its own route, as it would anyway.
 */
async function readFirstReads(): Promise<FirstReads | undefined> {
  try {
    const response = await fetch(FIRST_READS_PATH, { credentials: 'same-origin' });
    return response.ok ? ((await response.json()) as FirstReads) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The reads the first screen needs, started before React's first render: the meta and the session come from the
 * preloaded first reads (each query is in flight from the start, so a component that asks finds it on its way, never
 * a second request); a signed-in person's accounts and preferences are in the cache before the session query answers
 * (so nothing rendered for the session asks for them again); on the instance list, the page the URL asks for goes out
 * at once. A guess that turns out wrong (the URL's account is gone) costs one unused read, never a wrong screen.
 * Resolves when the first screen has what it shows (whether each read succeeded or not).
 */
export function startFirstReads(client: QueryClient): Promise<void> {
  const first = readFirstReads();
  // While the answers are on their way, the page has idle moments: the time formatters are built in one of them.
  const whenIdle = window.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 0));
  whenIdle(() => warmTimestampFormats(initialLanguage()));

  let firstPage: Promise<void> = Promise.resolve();
  void client.prefetchQuery({
    ...metaQueryOptions,
    queryFn: async ({ signal }) => (await first)?.meta ?? fetchMeta(signal),
  });
  const session = client.fetchQuery({
    ...sessionQueryOptions,
    queryFn: async ({ signal }) => {
      const reads = await first;
      if (!reads) return fetchSession(signal);
      // First: the list's read is a POST and carries the session's CSRF token; and a new person drops what the cache
      // held (app/session-sync.ts), which must not be what is written next.
      receiveSession(reads.session);
      if (reads.session.user && reads.accounts && reads.preferences) {
        client.setQueryData(accountKeys.all, reads.accounts);
        client.setQueryData(preferenceKeys.all, reads.preferences);
        firstPage = prefetchInstanceList(client, reads);
      }
      return reads.session;
    },
  });
  // Failures are the components' to show: they ask again.
  return session.then(
    () => firstPage,
    () => undefined,
  );
}

/** On the instance list, the page the URL names, in the account and region the page will pick. */
function prefetchInstanceList(client: QueryClient, { accounts }: FirstReads): Promise<void> {
  const { pathname, search } = window.location;
  if (pathname !== PATHS.instances || !accounts) return Promise.resolve();
  const params = new URLSearchParams(search);
  const account = pickAccount(accounts, params.get('account'), pathname);
  const region = params.get('region') || account?.defaultRegion;
  const list = parseInstanceListParams(params);
  if (!account || account.cloud !== 'tencent' || !region || list.allRegions) return Promise.resolve();
  return client.prefetchQuery(instanceListQueryOptions({ account: account.id, region }, listQueryOf(list)));
}
