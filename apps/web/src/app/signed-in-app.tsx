import { cvm } from '@cvm/shared';
import { Suspense } from 'react';
import { AppLink } from '../components/ui/app-link.tsx';
import { Notice } from '../components/ui/notice.tsx';
import { InstancesView } from '../features/instances/components/instances-view.tsx';
import { useT } from '../i18n/use-t.ts';
import { AccountsPage, AuditPage, BatchPage, CreateInstancesPage, HaiPage, KeyPairsPage, OverviewPage, ProfilePage, SecurityGroupsPage, UsersPage } from './lazy-pages.ts';
import { CloudGate } from './cloud-gate.tsx';
import { ChcHostsPage, HpcClustersPage } from './lazy-pages.ts';
import { ImagesPage } from './lazy-pages.ts';
import { DedicatedHostsPage, PlacementGroupsPage } from './lazy-pages.ts';
import { LaunchTemplatesPage, ScalingGroupsPage } from './lazy-pages.ts';
import { Layout } from './layout.tsx';
import { PageLoading } from './page-loading.tsx';
import { PATHS } from './paths.ts';
import { RequireRole } from './require-role.tsx';
import { StepUpHost } from './step-up-host.tsx';
import { useCloudScope } from './use-cloud-scope.ts';

function InstancesPage() {
  const { scope, accounts, accountsError } = useCloudScope();
  return <InstancesView scope={scope} noAccount={accounts?.length === 0} accountsError={accountsError} />;
}

function NotFound() {
  const t = useT();
  return (
    <Notice
      title={t.access.notFound}
      action={
        <AppLink href={PATHS.instances} className="text-sm font-medium text-accent hover:underline">
          {t.access.backToInstances}
        </AppLink>
      }
    >
      {t.access.notFoundHint}
    </Notice>
  );
}

function Page({ pathname }: { pathname: string }) {
  switch (pathname) {
    case PATHS.instances:
      return <InstancesPage />;
    case PATHS.overview:
      return <OverviewPage />;
    case PATHS.createInstances:
      return (
        <RequireRole least={cvm.RunInstances.minRole}>
          <CreateInstancesPage />
        </RequireRole>
      );
    case PATHS.batch:
      return <BatchPage />;
    case PATHS.keyPairs:
      return <KeyPairsPage />;
    case PATHS.securityGroups:
      return <SecurityGroupsPage />;
    case PATHS.images:
      return <ImagesPage />;
    case PATHS.placementGroups:
      return <PlacementGroupsPage />;
    case PATHS.dedicatedHosts:
      return <DedicatedHostsPage />;
    case PATHS.launchTemplates:
      return <LaunchTemplatesPage />;
    case PATHS.hpcClusters:
      return <HpcClustersPage />;
    case PATHS.chcHosts:
      return <ChcHostsPage />;
    case PATHS.hai:
      return <HaiPage />;
    case PATHS.scalingGroups:
      return <ScalingGroupsPage />;
    case PATHS.profile:
      return <ProfilePage />;
    case PATHS.users:
      return (
        <RequireRole least="admin">
          <UsersPage />
        </RequireRole>
      );
    case PATHS.accounts:
      return (
        <RequireRole least="admin">
          <AccountsPage />
        </RequireRole>
      );
    case PATHS.audit:
      return (
        <RequireRole least="admin">
          <AuditPage />
        </RequireRole>
      );
    default:
      return <NotFound />;
  }
}

/** Every page behind sign-in, in the console's frame; which one is the URL's path. */
export function SignedInApp({ pathname }: { pathname: string }) {
  return (
    <Layout
      showCloudContext={
        pathname === PATHS.instances ||
        pathname === PATHS.overview ||
        pathname === PATHS.scalingGroups ||
        pathname === PATHS.hai ||
        pathname === PATHS.batch ||
        pathname === PATHS.keyPairs ||
        pathname === PATHS.placementGroups ||
        pathname === PATHS.dedicatedHosts ||
        pathname === PATHS.securityGroups ||
        pathname === PATHS.hpcClusters ||
        pathname === PATHS.chcHosts ||
        pathname === PATHS.images ||
        pathname === PATHS.launchTemplates
      }
    >
      <Suspense fallback={<PageLoading />}>
        <CloudGate pathname={pathname}>
          <Page pathname={pathname} />
        </CloudGate>
      </Suspense>
      <StepUpHost />
    </Layout>
  );
}
