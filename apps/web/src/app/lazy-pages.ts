import { lazy } from 'react';

// Pages most visits never open load on demand, so the instance list's first load does not carry their code. Even
// sign-in: a signed-in person (most page loads) never needs it.
export const SignInPage = lazy(() => import('../features/auth/components/sign-in-page.tsx'));
export const SetupPage = lazy(() => import('../features/auth/components/setup-page.tsx'));
export const InvitePage = lazy(() => import('../features/auth/components/invite-page.tsx'));
export const ProfilePage = lazy(() => import('../features/auth/components/profile-page.tsx'));
export const TwoFactorRequiredPage = lazy(() => import('../features/auth/components/two-factor-required-page.tsx'));
export const UsersPage = lazy(() => import('../features/users/components/users-page.tsx'));
export const AccountsPage = lazy(() => import('../features/cloud-accounts/components/accounts-page.tsx'));
export const AuditPage = lazy(() => import('../features/audit/components/audit-page.tsx'));
export const CreateInstancesPage = lazy(() => import('../features/create-instance/components/create-instances-page.tsx'));
export const ScalingGroupsPage = lazy(() => import('../features/scaling-groups/components/scaling-groups-page.tsx'));
export const HaiPage = lazy(() => import('../features/hai/components/hai-page.tsx'));
export const BatchPage = lazy(() => import('../features/batch/components/batch-page.tsx'));
export const OverviewPage = lazy(() => import('../features/overview/components/overview-page.tsx'));
export const KeyPairsPage = lazy(() => import('../features/key-pairs/components/key-pairs-page.tsx'));
export const SecurityGroupsPage = lazy(() => import('../features/security-groups/components/security-groups-page.tsx'));
export const HpcClustersPage = lazy(() => import('../features/hpc-chc/components/hpc-clusters-page.tsx'));
export const ChcHostsPage = lazy(() => import('../features/hpc-chc/components/chc-hosts-page.tsx'));
export const ImagesPage = lazy(() => import('../features/images/components/images-page.tsx'));
export const PlacementGroupsPage = lazy(() => import('../features/placement/components/placement-groups-page.tsx'));
export const DedicatedHostsPage = lazy(() => import('../features/placement/components/dedicated-hosts-page.tsx'));
export const LaunchTemplatesPage = lazy(() => import('../features/launch-templates/components/launch-templates-page.tsx'));
