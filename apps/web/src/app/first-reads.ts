import type { QueryClient } from '@tanstack/react-query';
import { accountsQueryOptions } from '../api/list-accounts.ts';
import { metaQueryOptions } from '../api/meta.ts';
import { preferencesQueryOptions } from '../api/preferences.ts';
import { sessionQueryOptions } from '../api/session.ts';
import { instanceListQueryOptions } from '../cloud/cvm/describe-instances.ts';
import { warmTimestampFormats } from '../i18n/format.ts';
import { initialLanguage } from '../i18n/languages.ts';
import { listQueryOf, parseInstanceListParams } from '../features/instances/hooks/use-instance-list-params.ts';
import { PATHS } from './paths.ts';
import { pickAccount } from './use-cloud-scope.ts';

/**
 * The reads the first screen needs, started before React's first render and each as soon as the answer it depends on
 * arrives — not after the render that answer enables (on a laptop, each render of the signed-in page is tens of
 * milliseconds): the session and the server's meta at once; with a person signed in, their accounts and preferences;
 * on the instance list, the page the URL asks for. The components ask for the same queries and find them in flight or
 * answered. A guess that turns out wrong (the URL's account is gone) costs one unused read, never a wrong screen.
 */
export function startFirstReads(client: QueryClient): void {
  void client.prefetchQuery(metaQueryOptions);
  // While the answers are on their way, the page has idle moments: the time formatters are built in one of them.
  const whenIdle = window.requestIdleCallback ?? ((work: () => void) => setTimeout(work, 0));
  whenIdle(() => warmTimestampFormats(initialLanguage()));
  void client
    .fetchQuery(sessionQueryOptions)
    .then(async (session) => {
      if (!session.user) return;
      void client.prefetchQuery(preferencesQueryOptions);
      const accounts = await client.fetchQuery(accountsQueryOptions);
      const { pathname, search } = window.location;
      if (pathname !== PATHS.instances) return;
      const params = new URLSearchParams(search);
      const account = pickAccount(accounts, params.get('account'), pathname);
      const region = params.get('region') || account?.defaultRegion;
      const list = parseInstanceListParams(params);
      if (!account || account.cloud !== 'tencent' || !region || list.allRegions) return;
      void client.prefetchQuery(instanceListQueryOptions({ account: account.id, region }, listQueryOf(list)));
    })
    // The components ask again and show what went wrong.
    .catch(() => undefined);
}
