import { Suspense, useEffect } from 'react';
import type { SessionInfo } from '@cvm/shared';
import { useQuery } from '@tanstack/react-query';
import { accountsQueryOptions } from '../api/list-accounts.ts';
import { SignedInUserContext, useSession } from '../api/session.ts';
import { ErrorPanel } from '../components/ui/error-panel.tsx';
import { Spinner } from '../components/ui/spinner.tsx';
import { useT } from '../i18n/use-t.ts';
import { InvitePage, SetupPage, SignInPage, TwoFactorRequiredPage } from './lazy-pages.ts';
import { PageLoading } from './page-loading.tsx';
import { PATHS, safeNext, signInPath } from './paths.ts';
import { PublicLayout } from './public-layout.tsx';
import { SignedInApp } from './signed-in-app.tsx';
import { currentLocation, navigate, usePathname } from './url-state.ts';

/** Where the URL should be for this session: the setup page until there is an admin, sign-in until signed in. */
function redirectFor(info: SessionInfo, pathname: string): string | undefined {
  if (pathname === PATHS.invite) return undefined;
  if (info.setupRequired) return pathname === PATHS.setup ? undefined : PATHS.setup;
  if (!info.user) return pathname === PATHS.signIn ? undefined : signInPath(currentLocation());
  if (pathname === PATHS.signIn || pathname === PATHS.setup) return safeNext(new URLSearchParams(window.location.search).get('next'));
  return undefined;
}

function WholePageLoading() {
  const t = useT();
  return (
    <div className="flex min-h-dvh items-center justify-center text-fg-muted">
      <Spinner label={t.common.loading} />
    </div>
  );
}

/**
 * Decides what the person sees from the session: setup, sign-in, an invitation, or the console. A session that
 * ends while the console is open (a 401 from any call) lands here too, and sends the person to sign in with a way
 * back (`?next=` keeps the path and query they were on).
 */
export function SessionGate() {
  const t = useT();
  const session = useSession();
  const pathname = usePathname();
  const info = session.data;
  const redirect = info ? redirectFor(info, pathname) : undefined;
  // Signed in, the console waits the few milliseconds its accounts take before drawing itself: every page needs them
  // (scope, sections), and drawing it without them means drawing it twice. Asked only with a session (never a 401).
  const ready = Boolean(info?.user) && !info?.twoFactorRequired;
  const accounts = useQuery({ ...accountsQueryOptions, enabled: ready });
  const waitingForAccounts = ready && accounts.isPending && accounts.fetchStatus === 'fetching';

  useEffect(() => {
    if (redirect) navigate(redirect, 'replace');
  }, [redirect]);

  if (!info) {
    if (session.isError) {
      return (
        <PublicLayout title={t.access.sessionFailed}>
          <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />
        </PublicLayout>
      );
    }
    return <WholePageLoading />;
  }

  if (pathname === PATHS.invite) {
    return (
      <Suspense fallback={<PageLoading />}>
        <InvitePage />
      </Suspense>
    );
  }
  if (info.setupRequired) {
    return (
      <Suspense fallback={<PageLoading />}>
        <SetupPage />
      </Suspense>
    );
  }
  if (!info.user) {
    return (
      <Suspense fallback={<PageLoading />}>
        <SignInPage />
      </Suspense>
    );
  }
  // Signed in on the sign-in or setup page: the effect above is on its way to the page the person wanted.
  if (redirect) return null;
  // Their role requires two-factor sign-in (TWO_FACTOR_REQUIRED_ROLES): set it up before anything else.
  if (info.twoFactorRequired) {
    return (
      <Suspense fallback={<PageLoading />}>
        <TwoFactorRequiredPage />
      </Suspense>
    );
  }
  if (waitingForAccounts) {
    return <WholePageLoading />;
  }
  return (
    <SignedInUserContext value={info.user}>
      <SignedInApp pathname={pathname} />
    </SignedInUserContext>
  );
}
