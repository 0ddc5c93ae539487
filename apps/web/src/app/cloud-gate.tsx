import { useEffect, type ReactNode } from 'react';
import { AppLink } from '../components/ui/app-link.tsx';
import { Notice } from '../components/ui/notice.tsx';
import { useT } from '../i18n/use-t.ts';
import { cloudHomeOf, cloudOfPage, rememberCloud } from './cloud-pages.ts';
import { useCloudScope } from './use-cloud-scope.ts';

/**
 * Renders a cloud page only with an account of that page's cloud; with the other cloud's account (a link from
 * before a switch, say) it explains instead, so not one query goes out that the server would refuse as CloudMismatch.
 * Until the account is known the page renders as usual: it asks nothing without an account either.
 */
export function CloudGate({ pathname, children }: { pathname: string; children: ReactNode }) {
  const t = useT();
  const { account } = useCloudScope();
  const pageCloud = cloudOfPage(pathname);
  const matches = !pageCloud || !account || account.cloud === pageCloud;

  useEffect(() => {
    if (pageCloud && account?.cloud === pageCloud) rememberCloud(pageCloud);
  }, [pageCloud, account?.cloud]);

  if (matches) return children;
  const cloud = t.clouds[account.cloud];
  return (
    <Notice
      title={t.cloudGate.title(cloud)}
      action={
        <AppLink href={cloudHomeOf(account)} className="text-sm font-medium text-accent hover:underline">
          {t.cloudGate.goTo(account.name)}
        </AppLink>
      }
    >
      {t.cloudGate.body(account.name, cloud)}
    </Notice>
  );
}
