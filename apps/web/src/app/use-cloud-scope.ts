import { useCallback } from 'react';
import { DEFAULT_REGION, type CloudAccount } from '@cvm/shared';
import { useMeta } from '../api/meta.ts';
import type { CloudScope } from '../api/cloud-scope.ts';
import { useAccounts } from '../api/list-accounts.ts';
import { cloudHomeOf, cloudOfPage, lastCloud, rememberCloud } from './cloud-pages.ts';
import { navigate, usePathname, useUrlState } from './url-state.ts';

export interface CloudScopeState {
  /** Undefined until the accounts (and, without one in the URL, the default region) are known. */
  scope: CloudScope | undefined;
  account: CloudAccount | undefined;
  accounts: CloudAccount[] | undefined;
  /** Why the account list could not be loaded, when it could not. */
  accountsError: unknown;
  /** The region shown in the switcher, known before the account list when the URL names it. */
  region: string | undefined;
  setAccount: (id: string) => void;
  setRegion: (region: string) => void;
}

/** The account a page acts in: the URL's, else the first of the page's cloud (or the last one worked in), else any. */
export function pickAccount(accounts: CloudAccount[], wanted: string | null, pathname: string): CloudAccount | undefined {
  const cloud = cloudOfPage(pathname) ?? lastCloud();
  return accounts.find((a) => a.id === wanted) ?? accounts.find((a) => a.cloud === cloud) ?? accounts[0];
}

/**
 * Where the console's cloud calls act: `?account=` (else the first account of the page's cloud, see cloud-pages.ts)
 * and `?region=` (else the account's default region, else the server's). Defaults stay out of the URL, so plain links
 * keep following them.
 */
export function useCloudScope(): CloudScopeState {
  const [params, setParams] = useUrlState();
  const accounts = useAccounts();
  const meta = useMeta();
  const list = accounts.data;
  const wanted = params.get('account');
  const pathname = usePathname();
  const pageCloud = cloudOfPage(pathname);
  const account = list && pickAccount(list, wanted, pathname);
  const fromUrl = params.get('region') || undefined;
  const fallback = meta.data?.defaultRegion ?? (meta.isError ? DEFAULT_REGION : undefined);
  const region = fromUrl ?? account?.defaultRegion ?? (accounts.isError || list?.length === 0 ? fallback : undefined);

  // Zones, pages and the open instance belong to the old region or account; carry over only what still applies.
  const setRegion = useCallback((next: string) => setParams({ region: next, zone: null, page: null, instance: null, env: null, group: null }, 'push'), [setParams]);
  // An account of the other cloud has its own pages and regions: it opens that cloud's first page in its default region.
  const setAccount = useCallback(
    (id: string) => {
      const next = list?.find((a) => a.id === id);
      if (next) rememberCloud(next.cloud);
      if (next && pageCloud && next.cloud !== pageCloud) return navigate(cloudHomeOf(next));
      const otherCloud = next !== undefined && account !== undefined && next.cloud !== account.cloud;
      setParams({ account: id, zone: null, page: null, instance: null, env: null, group: null, ...(otherCloud ? { region: null } : {}) }, 'push');
    },
    [setParams, list, pageCloud, account],
  );

  const scope = account && region ? { account: account.id, region } : undefined;
  return { scope, account, accounts: list, accountsError: accounts.error, region, setAccount, setRegion };
}
